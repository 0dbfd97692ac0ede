/**
 * 監査ログ: every read or write of personal data, and every refused access, recorded append-only in a
 * per-tenant SHA-256 hash chain so that any later change or deletion is detected.
 */
@org.springframework.modulith.NamedInterface("audit")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.audit;
