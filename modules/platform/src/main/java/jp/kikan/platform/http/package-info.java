/** HTTP conventions every module gets from the platform: ETag / If-Match preconditions (idempotent POSTs are automatic). */
@org.springframework.modulith.NamedInterface("http")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.http;
