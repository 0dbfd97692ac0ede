package jp.kikan.platform.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import jp.kikan.platform.tenant.TenantContext;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of a bulk load into a tenant table, for the modules' データ移行 facades.
 *
 * <p>COPY cannot write a table under row-level security, so {@link #insert} COPYs into a temporary staging table of the
 * same columns and inserts from it in one statement, which row-level security checks row by row, in the caller's
 * transaction. {@link #advanceSequence} keeps a number sequence above the loaded numbers when several batches are
 * loaded at once; {@link #analyze} refreshes the planner's statistics after a load.
 */
public final class BulkLoad {

    /** {@code schema.table} or {@code schema.sequence}: the names are written into SQL, so only these are accepted. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

    private static final Pattern COLUMNS = Pattern.compile("[a-z_][a-z0-9_]*(,[a-z_][a-z0-9_]*)*");

    private BulkLoad() {}

    /**
     * Inserts the rows into {@code table} (columns {@code columns} in COPY order) for the bound tenant, checked by
     * row-level security, in the caller's transaction.
     *
     * @return the rows inserted
     */
    public static int insert(JdbcTemplate jdbc, String table, String columns, CopyRows rows) {
        checkName(table);
        if (!COLUMNS.matcher(columns).matches()) {
            throw new IllegalArgumentException("not a column list: " + columns);
        }
        if (rows.rows() == 0) {
            return 0;
        }
        String staging = table.replace('.', '_') + "_import_staging";
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging + " (LIKE " + table
                        + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            }
            try {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY " + staging + " (" + columns + ") FROM STDIN WITH (FORMAT text)",
                                new StringReader(rows.text()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (var statement = connection.createStatement()) {
                int count = statement.executeUpdate(
                        "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging);
                statement.execute("TRUNCATE " + staging);
                return count;
            }
        });
        return inserted == null ? 0 : inserted;
    }

    /**
     * Keeps {@code sequence} at least at {@code atLeast}, never lowering it. Reading the sequence and setting it are one
     * step under an advisory lock, taken and released around it: batches loaded at the same time cannot lower each
     * other's value, and since a sequence is not transactional nothing is held until the batch commits.
     */
    public static void advanceSequence(JdbcTemplate jdbc, String sequence, long atLeast) {
        checkName(sequence);
        jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            try (var lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, sequence);
                lock.execute();
            }
            try (var set = connection.prepareStatement(
                    "SELECT setval('" + sequence + "', greatest((SELECT last_value FROM " + sequence + "), ?))")) {
                set.setLong(1, atLeast);
                set.execute();
            } finally {
                try (var unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                    unlock.setString(1, sequence);
                    unlock.execute();
                }
            }
            return true;
        });
    }

    /**
     * Refreshes the statistics of {@code table} (ANALYZE), outside any transaction, after a bulk load: queries then plan
     * for the rows just loaded instead of the table before (autovacuum would do it only later). ANALYZE needs the
     * table's owner, the deployment's role, not the tenant role a bound tenant switches to: the tenant is unbound for
     * it and bound again after.
     */
    public static void analyze(JdbcTemplate jdbc, String table) {
        checkName(table);
        String tenant = TenantContext.current().orElse(null);
        TenantContext.clear();
        try {
            jdbc.execute("ANALYZE " + table);
        } finally {
            if (tenant != null) {
                TenantContext.bind(tenant);
            }
        }
    }

    private static void checkName(String name) {
        if (!QUALIFIED_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a schema-qualified name: " + name);
        }
    }
}
