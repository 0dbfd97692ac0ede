/**
 * Staff security: the authenticated staff member ({@link jp.kikan.platform.security.StaffUser}) with per-business
 * roles and a tenant claim, the access rules modules declare for their API paths, and the guarded access to
 * 個人番号.
 */
@org.springframework.modulith.NamedInterface("security")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.security;
