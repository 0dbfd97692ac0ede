/**
 * 基盤 (the shared kernel): tenancy by 全国地方公共団体コード, staff security, the tamper-evident audit log,
 * RFC 9457 problem details, idempotent POSTs and ETag preconditions, dated legal parameters, identifiers
 * with their check digits (個人番号, 法人番号, 団体コード) and 和暦.
 *
 * <p>Every business module depends on this module and on nothing else of the kernel's internals: the
 * {@code internal} packages are off limits to other modules (checked by the architecture tests). A
 * business concept enters this module only with a decision record (docs/decisions).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "基盤 (platform)",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package jp.kikan.platform;
