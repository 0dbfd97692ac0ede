/**
 * 基盤 (the shared kernel): technical support and value types only — tenancy by 全国地方公共団体コード, staff security,
 * the tamper-evident audit log, RFC 9457 problem details, idempotent POSTs and ETag preconditions, events, dated legal
 * parameters, identifiers with their check digits (個人番号, 法人番号, 団体コード), money and 端数処理, 和暦 and dates,
 * text normalisation, PDF documents and bulk loads.
 *
 * <p>A closed module (ADR 0016): other modules see {@link jp.kikan.platform.Business} and the packages published as a
 * {@link org.springframework.modulith.NamedInterface} of the same name ({@code audit}, {@code bulk}, {@code document},
 * {@code events}, {@code http}, {@code identifier}, {@code money}, {@code parameter}, {@code problem},
 * {@code security}, {@code tenant}, {@code text}, {@code time}, {@code validation}); everything else, the
 * {@code internal} and generated {@code web} packages above all, is off limits (Modulith {@code verify()} and the
 * ArchUnit rules). A new published package is a named interface added with a decision; a business rule of a single
 * business never enters (it goes to its module, or to a module of shared mechanics such as {@code benefit}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "基盤 (platform)")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform;
