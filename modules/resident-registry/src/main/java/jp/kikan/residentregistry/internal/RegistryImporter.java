package jp.kikan.residentregistry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import jp.kikan.residentregistry.ResidentAddress;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk load of migrated versions: PostgreSQL COPY into a temporary staging table (COPY cannot write a table under
 * row-level security), then one INSERT … SELECT into the registry, checked by row-level security, in the caller's
 * batch transaction. Each row carries its batch id and the digest of its person's versions; a person already stored
 * by the same run with the same digest is skipped (a re-run is a no-op), with another digest refused, and a person in
 * the registry from elsewhere is refused: nothing is ever overwritten.
 */
@Service
class RegistryImporter implements RegistryImport {

    /** The columns loaded, in COPY order. */
    private static final String COLUMNS = "tenant_code,atenabango,version,jotai,idojiyu,valid_from,todokede_ymd,"
            + "recorded_at,is_current,batch_id,import_digest,shimei,shimei_furigana,search_name,search_kana,search_given,"
            + "search_given_kana,seinengappi,seinengappi_fusho,seibetsu,setaibango,zokugara,setainushi,juminninatta_ymd,jutei_ymd,"
            + "jusho_shikuchosonkodo,jusho_choazakodo,jusho_todofuken,jusho_shikugunchosonmei,jusho_choaza,"
            + "jusho_banchigohyoki,jusho_katagaki,search_address,tennyumae_jusho,idomae_jusho,shojo_ymd,shojo_jiyu,"
            + "tenshutsusaki_jusho,shusei_jiyu,honseki,hittosha,kokuseki,hojin30jo45_kubun,zairyushikaku,zairyukikan,"
            + "zairyukikan_manryo_ymd,zairyukado_bango,tsusho,tsusho_furigana,search_tsusho,juminhyo_code,kojinbango";

    /** Digest text: an absent item, the end of an item, the end of a version (control characters no item holds). */
    private static final char ABSENT = 0x00;

    private static final char ITEM_END = 0x1f;
    private static final char VERSION_END = 0x1e;

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]{1,15}");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    RegistryImporter(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** How a person was stored before: by which batch, with which digest. */
    private record Stored(String batchId, @Nullable String digest) {}

    @Override
    @Transactional
    public Outcome load(String batchId, List<ImportedVersion> versions) {
        String tenant = TenantContext.require();
        String run = RegistryImport.runOf(batchId);
        Map<String, List<ImportedVersion>> byPerson = new LinkedHashMap<>();
        versions.forEach(v ->
                byPerson.computeIfAbsent(v.atenabango(), k -> new ArrayList<>()).add(v));
        Map<String, Stored> stored = stored(tenant, List.copyOf(byPerson.keySet()));
        Map<String, String> myNumbersInUse = myNumbersInUse(tenant, versions);
        List<Refusal> refused = new ArrayList<>();
        List<String> unchangedPersons = new ArrayList<>();
        StringBuilder rows = new StringBuilder(versions.size() * 640);
        int toInsert = 0;
        long maxAtenabango = 0;
        long maxSetaibango = 0;
        int unchanged = 0;
        for (Map.Entry<String, List<ImportedVersion>> person : byPerson.entrySet()) {
            String a = person.getKey();
            List<ImportedVersion> own = person.getValue();
            String source = own.get(0).source();
            Stored before = stored.get(a);
            String digest = digest(own);
            if (before != null && before.batchId().isEmpty()) {
                refused.add(
                        new Refusal(a, source, "already-in-registry", "宛名番号「" + a + "」の住民は既に住民記録にあります（Kikan で記録）。"));
            } else if (before != null && !RegistryImport.runOf(before.batchId()).equals(run)) {
                refused.add(new Refusal(
                        a,
                        source,
                        "already-in-registry",
                        "宛名番号「" + a + "」の住民は既に住民記録にあります（移行バッチ " + before.batchId() + "）。"));
            } else if (before != null
                    && before.digest() != null
                    && !before.digest().equals(digest)) {
                refused.add(new Refusal(
                        a,
                        source,
                        "changed-after-import",
                        "宛名番号「" + a + "」の住民は移行バッチ " + before.batchId()
                                + " で格納済みで、今回の内容はそれと異なります。格納済みの住民票は上書きしません（変更は住民記録の職権修正で行ってください）。"));
            } else if (before != null) {
                unchanged += own.size();
                unchangedPersons.add(a);
            } else if (a.startsWith("8")) {
                refused.add(new Refusal(a, source, "non-resident-pool", "住民宛名番号は 8 で始まりません（8 で始まる番号は住登外者宛名番号です）。"));
            } else if (own.stream()
                    .anyMatch(v -> v.myNumber() != null
                            && myNumbersInUse.containsKey(v.myNumber())
                            && !myNumbersInUse.get(v.myNumber()).equals(a))) {
                refused.add(new Refusal(a, source, "duplicate-my-number", "個人番号が既に他の住民票に記載されています。"));
            } else {
                for (ImportedVersion v : own) {
                    row(rows, tenant, batchId, v, digest);
                    toInsert++;
                    maxSetaibango = Math.max(maxSetaibango, number(v.setaibango()));
                }
                maxAtenabango = Math.max(maxAtenabango, number(a));
            }
        }
        int inserted = toInsert == 0 ? 0 : copy(rows);
        advanceSequences(maxAtenabango, maxSetaibango);
        audit.record(new AuditEntry(
                Business.RESIDENT_REGISTRY,
                "データ移行",
                null,
                "IMPORT",
                AuditEntry.Outcome.SUCCESS,
                "batch=" + batchId + " inserted=" + inserted + " unchanged=" + unchanged + " refused="
                        + refused.size()));
        return new Outcome(inserted, unchanged, refused, unchangedPersons);
    }

    @Override
    public void refreshStatistics() {
        // ANALYZE needs the table's owner: the deployment's role, not the tenant role a bound tenant switches to.
        String tenant = TenantContext.current().orElse(null);
        TenantContext.clear();
        try {
            jdbc.execute("ANALYZE resident_registry.resident_record");
        } finally {
            if (tenant != null) {
                TenantContext.bind(tenant);
            }
        }
    }

    /** The batch and digest of each person's first version, for the persons already in the registry. */
    private Map<String, Stored> stored(String tenant, List<String> people) {
        Map<String, Stored> out = new HashMap<>();
        jdbc.query(
                "SELECT atenabango, coalesce(batch_id, ''), import_digest FROM resident_registry.resident_record"
                        + " WHERE tenant_code = ? AND atenabango = ANY(?) AND version = 1",
                rs -> {
                    out.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3)));
                },
                tenant,
                people.toArray(String[]::new));
        return out;
    }

    private Map<String, String> myNumbersInUse(String tenant, List<ImportedVersion> versions) {
        String[] numbers = versions.stream()
                .map(ImportedVersion::myNumber)
                .filter(n -> n != null)
                .distinct()
                .toArray(String[]::new);
        Map<String, String> out = new HashMap<>();
        if (numbers.length > 0) {
            jdbc.query(
                    "SELECT kojinbango, atenabango FROM resident_registry.resident_record WHERE tenant_code = ?"
                            + " AND is_current AND jotai <> 'SHOJO' AND kojinbango = ANY(?)",
                    rs -> {
                        out.put(rs.getString(1), rs.getString(2));
                    },
                    tenant,
                    numbers);
        }
        return out;
    }

    private int copy(StringBuilder rows) {
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS resident_import_staging"
                        + " (LIKE resident_registry.resident_record INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            }
            copyIn(connection, "COPY resident_import_staging (" + COLUMNS + ") FROM STDIN WITH (FORMAT text)", rows);
            try (var statement = connection.createStatement()) {
                int count = statement.executeUpdate("INSERT INTO resident_registry.resident_record (" + COLUMNS
                        + ") SELECT " + COLUMNS + " FROM resident_import_staging");
                statement.execute("TRUNCATE resident_import_staging");
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

    /**
     * Keeps the number sequences above every migrated number, so the registry never gives one twice: above the largest
     * number of this batch (earlier batches did the same for theirs), without scanning the table. Batches of one run are
     * stored concurrently: the read of the sequence and its {@code setval} are one step under an advisory lock, taken and
     * released around it (a sequence is not transactional, so nothing is held until the batch commits).
     */
    private void advanceSequences(long maxAtenabango, long maxSetaibango) {
        if (maxAtenabango > 0) {
            advance("resident_registry.atenabango_seq", maxAtenabango);
        }
        if (maxSetaibango > 0) {
            advance("resident_registry.setaibango_seq", maxSetaibango);
        }
    }

    private void advance(String sequence, long atLeast) {
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

    /** A number of the registry's own pool (digits, not beginning with 8), or 0. */
    private static long number(String value) {
        return NUMBER.matcher(value).matches() && value.charAt(0) != '8' ? Long.parseLong(value) : 0;
    }

    /**
     * The digest of a person's versions: SHA-256 over every item of every version in order, except the batch id and
     * the source reference, so that the same legacy content gives the same digest whatever batch it comes in.
     */
    static String digest(List<ImportedVersion> versions) {
        StringBuilder text = new StringBuilder(versions.size() * 400);
        for (ImportedVersion v : versions) {
            ImportedVersion.Foreign f = v.foreign();
            ResidentAddress a = v.address();
            for (Object item : new @Nullable Object[] {
                v.atenabango(),
                v.version(),
                v.status().code(),
                v.reason().code(),
                v.validFrom(),
                v.notifiedOn(),
                v.recordedAt(),
                v.current(),
                v.shimei(),
                v.furigana(),
                v.birthDate(),
                v.sex(),
                v.setaibango(),
                v.zokugara(),
                v.head(),
                v.residentSince(),
                v.addressSince(),
                a.shikuchosonkodo(),
                a.choazakodo(),
                a.todofuken(),
                a.shikugunchosonmei(),
                a.choaza(),
                a.banchigohyoki(),
                a.katagaki(),
                v.previousAddress(),
                v.formerAddress(),
                v.removedOn(),
                v.removalReason(),
                v.destinationAddress(),
                v.reasonText(),
                v.honseki(),
                v.hittosha(),
                f == null ? null : f.kokuseki(),
                f == null ? null : f.kubun(),
                f == null ? null : f.zairyushikaku(),
                f == null ? null : f.zairyukikan(),
                f == null ? null : f.periodEnds(),
                f == null ? null : f.cardNumber(),
                f == null ? null : f.tsusho(),
                f == null ? null : f.tsushoFurigana(),
                v.residentCode(),
                v.myNumber()
            }) {
                if (item == null) {
                    text.append(ABSENT);
                } else {
                    text.append(item);
                }
                text.append(ITEM_END);
            }
            // added later: only when present, so that the digests of exact birth dates stay what earlier runs stored
            if (v.birthDateFusho() != null) {
                text.append("seinengappi_fusho=").append(v.birthDateFusho()).append(ITEM_END);
            }
            text.append(VERSION_END);
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One COPY text row, from the version as the registry's own record would hold it (search keys included). */
    private static void row(StringBuilder out, String tenant, String batchId, ImportedVersion v, String digest) {
        ResidentRecord r = ResidentRecord.first(v.atenabango(), v.validFrom(), v.recordedAt());
        r.shimei = v.shimei();
        r.shimeiFurigana = v.furigana();
        ImportedVersion.Foreign f = v.foreign();
        if (f != null) {
            r.kokuseki = f.kokuseki();
            r.tsusho = f.tsusho();
            r.tsushoFurigana = f.tsushoFurigana();
        }
        r.address(v.address());
        field(out, tenant);
        field(out, v.atenabango());
        field(out, Integer.toString(v.version()));
        field(out, v.status().code());
        field(out, v.reason().code());
        field(out, v.validFrom());
        field(out, v.notifiedOn());
        field(out, v.recordedAt().toString());
        field(out, v.current() ? "t" : "f");
        field(out, batchId);
        field(out, digest);
        field(out, v.shimei());
        field(out, v.furigana());
        field(out, r.searchName);
        field(out, r.searchKana);
        field(out, r.searchGiven);
        field(out, r.searchGivenKana);
        field(out, v.birthDate());
        field(out, v.birthDateFusho());
        field(out, v.sex());
        field(out, v.setaibango());
        field(out, v.zokugara());
        field(out, v.head() ? "t" : "f");
        field(out, v.residentSince());
        field(out, v.addressSince());
        field(out, r.jushoShikuchosonkodo);
        field(out, r.jushoChoazakodo);
        field(out, r.jushoTodofuken);
        field(out, r.jushoShikugunchosonmei);
        field(out, r.jushoChoaza);
        field(out, r.jushoBanchigohyoki);
        field(out, r.jushoKatagaki);
        field(out, r.searchAddress);
        field(out, v.previousAddress());
        field(out, v.formerAddress());
        field(out, v.removedOn());
        field(out, v.removalReason());
        field(out, v.destinationAddress());
        field(out, v.reasonText());
        field(out, v.honseki());
        field(out, v.hittosha());
        field(out, f == null ? null : f.kokuseki());
        field(out, f == null ? null : f.kubun());
        field(out, f == null ? null : f.zairyushikaku());
        field(out, f == null ? null : f.zairyukikan());
        field(out, f == null ? null : f.periodEnds());
        field(out, f == null ? null : f.cardNumber());
        field(out, f == null ? null : f.tsusho());
        field(out, f == null ? null : f.tsushoFurigana());
        field(out, r.searchTsusho);
        field(out, v.residentCode());
        out.append(v.myNumber() == null ? "\\N" : escape(v.myNumber())).append('\n');
    }

    private static void field(StringBuilder out, @Nullable Object value) {
        out.append(value == null ? "\\N" : escape(value.toString())).append('\t');
    }

    private static void field(StringBuilder out, @Nullable LocalDate value) {
        out.append(value == null ? "\\N" : value.toString()).append('\t');
    }

    /** COPY text format escapes: backslash, tab, newline and carriage return. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
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
        return out.toString();
    }
}
