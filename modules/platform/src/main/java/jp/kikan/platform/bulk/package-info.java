/**
 * Bulk loads (データ移行) into a module's tenant tables: rows in PostgreSQL's COPY text format, COPYed into a temporary
 * staging table and inserted in one statement under row-level security, number sequences kept above loaded numbers,
 * statistics refreshed after a load.
 */
@org.springframework.modulith.NamedInterface("bulk")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.bulk;
