package jp.kikan.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.migration.ProgressPrinter;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.internal.MigrationImports;
import jp.kikan.migration.residentregistry.generator.GeneratorOptions;
import jp.kikan.migration.residentregistry.generator.LegacySetGenerator;
import jp.kikan.migration.residentregistry.loader.BatchStore;
import jp.kikan.migration.residentregistry.loader.LoadingSink;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.RegistryImport;
import kikanbench.JpaResidentRow;
import kikanbench.JpaResidentRows;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of データ移行, not a test (not run by {@code ./mvnw verify}; it asserts only that the import reconciled).
 * Generates a legacy set of {@code bench.residents} residents (default 1,000,000) with their 異動履歴, 世帯 and 住登外者,
 * fixed width in CP932, and in one run prints:
 *
 * <ol>
 *   <li><b>end to end</b>: the import as the API and the command line run it (read and decode, check, build the
 *       versions, load batch by batch under row-level security, refresh the statistics), in legacy records read per
 *       second and in rows stored per second;
 *   <li><b>the limit</b>: a plain PostgreSQL COPY of the very rows the import stored into an unindexed table of the
 *       same columns (no checks, no indexes, no row-level security), rows per second;
 *   <li><b>COPY into the registry's table</b> with its indexes (what index maintenance alone costs), rows per second;
 *   <li><b>COPY, then the indexes built</b>: the same COPY into a table without indexes, then the registry's indexes
 *       created on it (what loading an empty tenant's partition and indexing it after would cost), rows per second;
 *   <li><b>the application's side alone</b>: the same set read, checked (two passes) and built into versions with a
 *       store that stores nothing, rows per second (what the import could do with a database that cost nothing);
 *   <li><b>the JPA baseline</b>: Spring Data {@code saveAll} of 50,000 of those rows into the registry's table through
 *       an entity mapped the obvious way, rows per second.
 * </ol>
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmark -pl modules/app -am verify -Dtest=MigrationBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.residents=1000000] [-Dbench.parallel-batches=2]}
 * ({@code -Pbenchmark}: the JVM and database settings of a deployment, see the root POM). The generated set is kept
 * under {@code target/bench-migration} and reused by the next run of the same size.
 */
@org.springframework.test.context.TestPropertySource(properties = "logging.level.jp.kikan=WARN")
class MigrationBenchmark extends IntegrationTest {

    private static final int JPA_ROWS = 50_000;

    @Autowired
    DataSource dataSource;

    @Autowired
    MigrationImports imports;

    @Test
    void importAndCompare() throws Exception {
        int residents = Integer.getInteger("bench.residents", 1_000_000);
        Path folder = generated(residents);

        String tenant = newTenantCode();
        tenants.register(tenant, "移行市", "イコウシ");
        checkpoint();
        long start = System.nanoTime();
        RunReport report = imports.run(
                new MigrationImports.Request(
                        tenant,
                        folder,
                        SourceEncoding.CP932,
                        "bench",
                        5000,
                        Integer.getInteger("bench.parallel-batches", LoadingSink.DEFAULT_PARALLEL_BATCHES)),
                new ProgressPrinter(System.err));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.reconciled() || report.load() == null) {
            throw new AssertionError("the import did not reconcile");
        }
        long read = report.totals().read();
        long versions = count("resident_registry.resident_record", tenant);
        long addressees = count("addressee.non_resident", tenant);
        long stored = versions + addressees;

        double applicationOnly = applicationSideOnly(folder);
        String rows = exportRows(tenant);
        double copyUnindexed = copy(rows, versions, false);
        double copyIndexed = copy(rows, versions, true);
        double copyThenIndex = copyThenIndex(rows, versions);
        double jpa = jpaSaveAll(rows);
        String settings = serverSettings();

        double endToEnd = stored / seconds;
        System.out.printf(
                """

                === Migration benchmark: %,d residents, CP932 fixed width, %d cores ===
                PostgreSQL: %s
                legacy records read                    %,12d   (%,d rejected)
                rows stored                            %,12d   (%,d registry versions, %,d 住登外者)
                end to end (read, check, build, load)  %10.1f s   %,10.0f records/s   %,10.0f rows/s
                COPY, same rows, unindexed table       %,10.0f rows/s   ← the limit
                COPY, same rows, registry's indexes    %,10.0f rows/s
                COPY, then the same indexes built      %,10.0f rows/s
                read, check, build, no database        %,10.0f rows/s
                JPA saveAll, %,d rows                 %,10.0f rows/s
                end to end / COPY unindexed            %10.2f   (target ≥ 0.50)
                end to end / COPY with the indexes     %10.2f
                end to end / JPA saveAll               %10.1f ×

                """,
                residents,
                Runtime.getRuntime().availableProcessors(),
                settings,
                read,
                report.totals().rejected(),
                stored,
                versions,
                addressees,
                seconds,
                read / seconds,
                endToEnd,
                copyUnindexed,
                copyIndexed,
                copyThenIndex,
                applicationOnly,
                JPA_ROWS,
                jpa,
                endToEnd / copyUnindexed,
                endToEnd / copyIndexed,
                endToEnd / jpa);
    }

    /** The server's version and the settings that bear on a bulk load, as the figures were measured with them. */
    private String serverSettings() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, current_setting(name) FROM pg_settings WHERE name IN"
                        + " ('server_version', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout',"
                        + " 'maintenance_work_mem', 'temp_buffers', 'fsync', 'synchronous_commit', 'full_page_writes',"
                        + " 'max_parallel_maintenance_workers') ORDER BY name")) {
            while (rs.next()) {
                out.append(out.isEmpty() ? "" : ", ")
                        .append(rs.getString(1))
                        .append('=')
                        .append(rs.getString(2));
            }
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT datcollate FROM pg_database WHERE datname = current_database()")) {
            if (rs.next()) {
                out.append(", collation=").append(rs.getString(1));
            }
        }
        return out.toString();
    }

    /** The import without the database: validation and the loader's version building, batches handed to nothing. */
    private static double applicationSideOnly(Path folder) throws IOException {
        CodeLists codes = CodeLists.standard().withLegacyCodes(folder.resolve("legacy-codes.tsv"));
        java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
        BatchStore nothing = (batchId, versions, nonResidents) -> {
            rows.addAndGet(versions.size() + nonResidents.size());
            return new BatchStore.Stored(
                    new RegistryImport.Outcome(versions.size(), 0, List.of(), List.of()),
                    new NonResidentImport.Outcome(nonResidents.size(), 0, List.of(), List.of()));
        };
        long start = System.nanoTime();
        try (LoadingSink sink = new LoadingSink(nothing, "bench", LoadingSink.DEFAULT_BATCH_SIZE, codes)) {
            new MigrationValidator(ItemCatalogue.standard(), codes, GaijiTable.load(folder.resolve("gaiji.tsv")))
                    .validate(LegacySet.open(folder, SourceEncoding.CP932), Instant.now(), sink, ProgressListener.NONE);
            sink.finish();
        }
        return rows.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** The generated set (fixed width, CP932, no faults), reused when a set of that size is already there. */
    private static Path generated(int residents) throws IOException {
        Path out = Path.of("target", "bench-migration", Integer.toString(residents));
        Path folder = out.resolve("fixed");
        if (!Files.exists(out.resolve("complete"))) {
            long start = System.nanoTime();
            LegacySetGenerator.Result result = LegacySetGenerator.generate(
                    new GeneratorOptions(residents, 2026, Map.of(), false, true, SourceEncoding.CP932), out);
            folder = Objects.requireNonNull(result.folders().get("fixed"));
            Files.writeString(out.resolve("complete"), folder.toString());
            System.err.printf("generated %,d residents in %.1f s%n", residents, (System.nanoTime() - start) / 1e9);
        }
        return folder;
    }

    /**
     * Writes out the dirty buffers of what ran before (generation, earlier measurements), so that the checkpointer's
     * work is not charged to the next measurement.
     */
    private void checkpoint() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    private long count(String table, String tenant) throws Exception {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE tenant_code = ?")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The registry rows the import stored, as COPY text, in the order they were stored. */
    private String exportRows(String tenant) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            StringWriter out = new StringWriter();
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut(
                            "COPY (SELECT * FROM resident_registry.resident_record WHERE tenant_code = '" + tenant
                                    + "' ORDER BY batch_id, atenabango, version) TO STDOUT",
                            out);
            return out.toString();
        }
    }

    /** COPY of the rows into a fresh table like the registry's, with or without its indexes; rows per second. */
    private double copy(String rows, long count, boolean indexed) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.bench_copy");
            s.execute(
                    "CREATE UNLOGGED TABLE public.bench_copy (LIKE resident_registry.resident_record INCLUDING DEFAULTS"
                            + (indexed ? " INCLUDING INDEXES INCLUDING CONSTRAINTS" : "") + ")");
            s.execute("ALTER TABLE public.bench_copy SET LOGGED");
            s.execute("CHECKPOINT"); // each measurement starts with no dirty buffers of the one before
            long start = System.nanoTime();
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY public.bench_copy FROM STDIN", new StringReader(rows));
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE public.bench_copy");
            return count / seconds;
        }
    }

    /**
     * COPY into a table without indexes, then each index of the registry's table created on it (maintenance_work_mem
     * 512 MB for the session); rows per second over both.
     */
    private double copyThenIndex(String rows, long count) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.bench_copy");
            s.execute("CREATE TABLE public.bench_copy (LIKE resident_registry.resident_record INCLUDING DEFAULTS)");
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = 'resident_registry'"
                    + " AND tablename = 'resident_record'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("CHECKPOINT"); // each measurement starts with no dirty buffers of the one before
            long start = System.nanoTime();
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY public.bench_copy FROM STDIN", new StringReader(rows));
            int n = 0;
            for (String definition : indexes) {
                s.execute(definition
                        .replaceFirst("INDEX \\S+ ON", "INDEX bench_copy_" + n++ + " ON")
                        .replace("resident_registry.resident_record", "public.bench_copy"));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("RESET maintenance_work_mem");
            s.execute("DROP TABLE public.bench_copy");
            return count / seconds;
        }
    }

    /** Spring Data saveAll of the first 50,000 rows, as new versions of a fresh tenant; rows per second. */
    private double jpaSaveAll(String rows) throws Exception {
        String tenant = newTenantCode();
        tenants.register(tenant, "比較市", "ヒカクシ");
        List<JpaResidentRow> entities = new ArrayList<>(JPA_ROWS);
        for (String line : rows.lines().limit(JPA_ROWS).toList()) {
            entities.add(entity(tenant, line));
        }
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPackagesToScan("kikanbench");
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "none", "hibernate.jdbc.time_zone", "UTC"));
        factory.afterPropertiesSet();
        var emf = Objects.requireNonNull(factory.getObject());
        try {
            JpaResidentRows repository = new JpaRepositoryFactory(
                            SharedEntityManagerCreator.createSharedEntityManager(emf))
                    .getRepository(JpaResidentRows.class);
            TransactionTemplate transaction = new TransactionTemplate(new JpaTransactionManager(emf));
            checkpoint();
            long start = System.nanoTime();
            TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status -> repository.saveAll(entities)));
            return entities.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            factory.destroy();
        }
    }

    /** The entity of one exported row (the columns {@link JpaResidentRow} maps), for another tenant. */
    private JpaResidentRow entity(String tenant, String line) {
        List<String> names = columns();
        String[] values = line.split("\t", -1);
        JpaResidentRow r = new JpaResidentRow();
        r.tenantCode = tenant;
        r.atenabango = value(values, names, "atenabango");
        r.version = Integer.parseInt(value(values, names, "version"));
        r.jotai = value(values, names, "jotai");
        r.idojiyu = value(values, names, "idojiyu");
        r.validFrom = LocalDate.parse(value(values, names, "valid_from"));
        r.recordedAt = Instant.now();
        r.current = "t".equals(value(values, names, "is_current"));
        r.batchId = value(values, names, "batch_id");
        r.shimei = value(values, names, "shimei");
        r.shimeiFurigana = value(values, names, "shimei_furigana");
        r.searchName = value(values, names, "search_name");
        r.searchKana = value(values, names, "search_kana");
        r.searchGiven = value(values, names, "search_given");
        r.searchGivenKana = value(values, names, "search_given_kana");
        r.seinengappi = LocalDate.parse(value(values, names, "seinengappi"));
        r.seibetsu = value(values, names, "seibetsu");
        r.setaibango = value(values, names, "setaibango");
        r.zokugara = value(values, names, "zokugara");
        r.setainushi = "t".equals(value(values, names, "setainushi"));
        String since = value(values, names, "juminninatta_ymd");
        r.juminninattaYmd = since == null ? null : LocalDate.parse(since);
        r.jushoShikuchosonkodo = value(values, names, "jusho_shikuchosonkodo");
        r.jushoChoazakodo = value(values, names, "jusho_choazakodo");
        r.jushoTodofuken = value(values, names, "jusho_todofuken");
        r.jushoShikugunchosonmei = value(values, names, "jusho_shikugunchosonmei");
        r.jushoChoaza = value(values, names, "jusho_choaza");
        r.jushoBanchigohyoki = value(values, names, "jusho_banchigohyoki");
        r.searchAddress = value(values, names, "search_address");
        r.juminhyoCode = value(values, names, "juminhyo_code");
        r.kojinbango = value(values, names, "kojinbango");
        return r;
    }

    private List<String> columnNames = List.of();

    private List<String> columns() {
        if (columnNames.isEmpty()) {
            List<String> names = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                    ResultSet rs = c.getMetaData().getColumns(null, "resident_registry", "resident_record", null)) {
                while (rs.next()) { // in ORDINAL_POSITION order (JDBC)
                    names.add(rs.getString("COLUMN_NAME"));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            columnNames = names;
        }
        return columnNames;
    }

    private static @org.jspecify.annotations.Nullable String value(String[] values, List<String> names, String column) {
        String v = values[names.indexOf(column)];
        return "\\N".equals(v) ? null : v;
    }
}
