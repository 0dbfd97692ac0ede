/**
 * Synthetic legacy sets for tests and benchmarks: residents of the fictional demo city 東京都若葉市 (団体コード 139998)
 * in households with their history, some 住登外者, invented names and addresses, valid 個人番号 check digits; written
 * as the standard's CSV group files and as a fixed-width CP932 variant with its layout files, deterministic by seed,
 * with a chosen share of each fault kind and a manifest of exactly which records are faulty. No real personal data.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.residentregistry.generator;
