/** HTTP conventions every module gets from the platform: ETag / If-Match preconditions (idempotent POSTs are automatic). */
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.http;
