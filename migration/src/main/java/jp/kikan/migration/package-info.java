/**
 * データ移行 (migration) of a legacy 住民記録 system into Kikan: reads the legacy export files — the standard's CSV
 * linkage layout (データ要件・連携要件標準仕様書, one file per data group) and fixed-width layouts in UTF-8, CP932 or
 * EUC-JP — maps 外字 to 行政事務標準文字, converts legacy 和暦, validates every record and the references between them,
 * then stores the accepted residents (their whole history as 住民票 versions) and 住登外者 through the published import
 * facades of the resident registry and the addressee module, in batches of one transaction each, and writes a
 * reconciled run report. Repeatable under the same run name: a re-run stores nothing twice, an interrupted run goes on,
 * a corrected file stores just what was rejected.
 *
 * <p>Entry points: the API {@code POST /api/migration/v1/tenants/{tenantCode}/imports} (role {@code
 * migration:operator}), the command line of the application jar ({@code --kikan.migration.import.folder=…}), and the
 * standalone tool {@link jp.kikan.migration.MigrationCli} ({@code generate}, {@code validate}; no database).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "データ移行 (migration)",
        allowedDependencies = {"platform", "platform :: *", "residentregistry", "addressee"})
@org.jspecify.annotations.NullMarked
package jp.kikan.migration;
