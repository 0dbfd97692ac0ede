/** Tenancy: the 地方公共団体 a request acts for, and the directory of tenants served by this deployment. */
@org.springframework.modulith.NamedInterface("tenant")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.tenant;
