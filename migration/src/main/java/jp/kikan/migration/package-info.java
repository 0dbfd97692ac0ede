/**
 * Legacy data migration (移行), first half: reads legacy export files of the resident registry (住民記録) — the
 * standard's CSV linkage layout (データ要件・連携要件標準仕様書, one file per data group) and fixed-width layouts in UTF-8,
 * CP932 or EUC-JP — maps 外字 to 行政事務標準文字, converts legacy 和暦, validates every record and the references
 * between them, and writes a reconciled run report. Accepted records come out as typed records for the loader (a later
 * issue); nothing is stored here. A command-line tool ({@link jp.kikan.migration.MigrationCli}), not a Spring Modulith
 * application module.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration;
