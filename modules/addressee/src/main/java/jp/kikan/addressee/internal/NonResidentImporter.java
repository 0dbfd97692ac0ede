package jp.kikan.addressee.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.RegistryImport;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk load of migrated 住登外者: COPY into a temporary staging table (COPY cannot write a table under row-level
 * security), then one INSERT … SELECT into {@code addressee.non_resident} under row-level security, in the caller's
 * batch transaction; then the numbering sequence is set above the batch's numbers.
 */
@Service
class NonResidentImporter implements NonResidentImport {

    private static final String COLUMNS = "tenant_code,atenabango,shimei,shimei_furigana,search_name,search_kana,"
            + "seinengappi,seibetsu,jusho,search_address,recorded_at,recorded_by,batch_id,import_digest";

    /** 住登外者宛名番号 as this module numbers them: 8 and 14 digits; the sequence gives the 14 digits. */
    private static final Pattern NUMBERED = Pattern.compile("8[0-9]{14}");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    NonResidentImporter(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Stored(String batchId, @Nullable String digest) {}

    @Override
    @Transactional
    public Outcome load(String batchId, List<ImportedNonResident> persons) {
        String tenant = TenantContext.require();
        String run = RegistryImport.runOf(batchId);
        Map<String, ImportedNonResident> byNumber = new LinkedHashMap<>();
        persons.forEach(p -> byNumber.putIfAbsent(p.atenabango(), p));
        Map<String, Stored> stored = stored(tenant, List.copyOf(byNumber.keySet()));
        List<Refusal> refused = new ArrayList<>();
        List<String> unchangedPersons = new ArrayList<>();
        StringBuilder rows = new StringBuilder(persons.size() * 300);
        Instant now = Instant.now();
        String actor = CurrentStaff.actor();
        long maxNumber = 0;
        int toInsert = 0;
        for (ImportedNonResident p : byNumber.values()) {
            String a = p.atenabango();
            Stored before = stored.get(a);
            String digest = digest(p);
            if (before != null
                    && (before.batchId().isEmpty()
                            || !RegistryImport.runOf(before.batchId()).equals(run))) {
                refused.add(new Refusal(
                        a,
                        p.source(),
                        "already-numbered",
                        "住登外者宛名番号「" + a + "」は既に付番されています（"
                                + (before.batchId().isEmpty() ? "Kikan で付番" : "移行バッチ " + before.batchId()) + "）。"));
            } else if (before != null
                    && before.digest() != null
                    && !before.digest().equals(digest)) {
                refused.add(new Refusal(
                        a,
                        p.source(),
                        "changed-after-import",
                        "住登外者宛名番号「" + a + "」は移行バッチ " + before.batchId() + " で格納済みで、今回の内容はそれと異なります。格納済みの宛名は上書きしません。"));
            } else if (before != null) {
                unchangedPersons.add(a);
            } else if (!a.startsWith(AddresseeDirectory.NON_RESIDENT_PREFIX)) {
                refused.add(new Refusal(a, p.source(), "resident-pool", "住登外者宛名番号は 8 で始まります（8 で始まらない番号は住民宛名番号の範囲です）。"));
            } else {
                row(rows, tenant, p, now, actor, batchId, digest);
                toInsert++;
                if (NUMBERED.matcher(a).matches()) {
                    maxNumber = Math.max(maxNumber, Long.parseLong(a.substring(1)));
                }
            }
        }
        int inserted = toInsert == 0 ? 0 : copy(rows);
        if (maxNumber > 0) {
            advanceSequence(maxNumber);
        }
        audit.record(new AuditEntry(
                Business.PLATFORM,
                "住登外者のデータ移行",
                null,
                "IMPORT",
                AuditEntry.Outcome.SUCCESS,
                "batch=" + batchId + " inserted=" + inserted + " unchanged=" + unchangedPersons.size() + " refused="
                        + refused.size()));
        return new Outcome(inserted, unchangedPersons.size(), refused, unchangedPersons);
    }

    @Override
    public void refreshStatistics() {
        // ANALYZE needs the table's owner: the deployment's role, not the tenant role a bound tenant switches to.
        String tenant = TenantContext.current().orElse(null);
        TenantContext.clear();
        try {
            jdbc.execute("ANALYZE addressee.non_resident");
        } finally {
            if (tenant != null) {
                TenantContext.bind(tenant);
            }
        }
    }

    private Map<String, Stored> stored(String tenant, List<String> numbers) {
        Map<String, Stored> out = new HashMap<>();
        jdbc.query(
                "SELECT atenabango, coalesce(batch_id, ''), import_digest FROM addressee.non_resident"
                        + " WHERE tenant_code = ? AND atenabango = ANY(?)",
                rs -> {
                    out.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3)));
                },
                tenant,
                numbers.toArray(String[]::new));
        return out;
    }

    private int copy(StringBuilder rows) {
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS non_resident_import_staging"
                        + " (LIKE addressee.non_resident INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            }
            copyIn(
                    connection,
                    "COPY non_resident_import_staging (" + COLUMNS + ") FROM STDIN WITH (FORMAT text)",
                    rows);
            try (var statement = connection.createStatement()) {
                int count = statement.executeUpdate("INSERT INTO addressee.non_resident (" + COLUMNS + ") SELECT "
                        + COLUMNS + " FROM non_resident_import_staging");
                statement.execute("TRUNCATE non_resident_import_staging");
                return count;
            }
        });
        return inserted == null ? 0 : inserted;
    }

    private static void copyIn(Connection connection, String sql, StringBuilder rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(
            StringBuilder out,
            String tenant,
            ImportedNonResident p,
            Instant now,
            String actor,
            String batchId,
            String digest) {
        field(out, tenant);
        field(out, p.atenabango());
        field(out, p.shimei());
        field(out, p.furigana());
        field(out, SearchNormalizer.normalize(p.shimei()));
        field(out, p.furigana() == null ? null : SearchNormalizer.normalize(p.furigana()));
        field(out, p.birthDate() == null ? null : p.birthDate().toString());
        field(out, p.sex());
        field(out, p.address());
        field(out, p.address() == null ? null : SearchNormalizer.normalize(p.address()));
        field(out, now.toString());
        field(out, actor);
        field(out, batchId);
        out.append(digest).append('\n');
    }

    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\t');
    }

    /** SHA-256 over the person's items (not the batch id or the source reference). */
    static String digest(ImportedNonResident p) {
        StringBuilder text = new StringBuilder(200);
        for (Object item :
                new @Nullable Object[] {p.atenabango(), p.shimei(), p.furigana(), p.birthDate(), p.sex(), p.address()
                }) {
            if (item != null) {
                text.append(item);
            } else {
                text.append((char) 0);
            }
            text.append((char) 0x1f);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps the numbering sequence above the migrated numbers. Batches of one run are stored concurrently: the read and
     * the {@code setval} are one step under an advisory lock, released right after (a sequence is not transactional).
     */
    private void advanceSequence(long atLeast) {
        jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            try (var lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(hashtext('addressee.non_resident_seq'))");
            }
            try (var set = connection.prepareStatement("SELECT setval('addressee.non_resident_seq', greatest("
                    + "(SELECT last_value FROM addressee.non_resident_seq), ?))")) {
                set.setLong(1, atLeast);
                set.execute();
            } finally {
                try (var unlock = connection.createStatement()) {
                    unlock.execute("SELECT pg_advisory_unlock(hashtext('addressee.non_resident_seq'))");
                }
            }
            return true;
        });
    }
}
