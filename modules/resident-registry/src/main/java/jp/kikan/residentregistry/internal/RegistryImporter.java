package jp.kikan.residentregistry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk load of migrated versions: PostgreSQL COPY into a temporary staging table (COPY cannot write a table under
 * row-level security), then one INSERT … SELECT into the registry, checked by row-level security, in the caller's
 * batch transaction. Persons already stored by the same batch are skipped (a re-run is a no-op); persons already in
 * the registry from elsewhere are refused, never overwritten.
 */
@Service
class RegistryImporter implements RegistryImport {

    /** The columns loaded, in COPY order. */
    private static final String COLUMNS = "tenant_code,atenabango,version,jotai,idojiyu,valid_from,todokede_ymd,"
            + "recorded_at,is_current,batch_id,shimei,shimei_furigana,search_name,search_kana,search_given,"
            + "search_given_kana,seinengappi,seibetsu,setaibango,zokugara,setainushi,juminninatta_ymd,jutei_ymd,"
            + "jusho_shikuchosonkodo,jusho_choazakodo,jusho_todofuken,jusho_shikugunchosonmei,jusho_choaza,"
            + "jusho_banchigohyoki,jusho_katagaki,search_address,tennyumae_jusho,shojo_ymd,shojo_jiyu,honseki,hittosha,"
            + "kokuseki,hojin30jo45_kubun,zairyushikaku,zairyukikan,zairyukikan_manryo_ymd,zairyukado_bango,tsusho,"
            + "tsusho_furigana,search_tsusho,juminhyo_code,kojinbango";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    RegistryImporter(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Outcome load(String batchId, List<ImportedVersion> versions) {
        String tenant = TenantContext.require();
        Map<String, List<ImportedVersion>> byPerson = new LinkedHashMap<>();
        versions.forEach(v ->
                byPerson.computeIfAbsent(v.atenabango(), k -> new ArrayList<>()).add(v));
        Map<String, String> storedBatch = storedBatches(tenant, List.copyOf(byPerson.keySet()));
        Map<String, String> myNumbersInUse = myNumbersInUse(tenant, versions);
        List<Refusal> refused = new ArrayList<>();
        List<ImportedVersion> toLoad = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, List<ImportedVersion>> person : byPerson.entrySet()) {
            String a = person.getKey();
            String source = person.getValue().get(0).source();
            String stored = storedBatch.get(a);
            if (stored != null && stored.equals(batchId)) {
                unchanged += person.getValue().size();
            } else if (stored != null) {
                refused.add(new Refusal(
                        a,
                        source,
                        "already-in-registry",
                        "宛名番号「" + a + "」の住民は既に住民記録にあります（" + (stored.isEmpty() ? "Kikan で記録" : "移行バッチ " + stored)
                                + "）。"));
            } else if (a.startsWith("8")) {
                refused.add(new Refusal(a, source, "non-resident-pool", "住民宛名番号は 8 で始まりません（8 で始まる番号は住登外者宛名番号です）。"));
            } else if (person.getValue().stream()
                    .anyMatch(v -> v.myNumber() != null
                            && myNumbersInUse.containsKey(v.myNumber())
                            && !myNumbersInUse.get(v.myNumber()).equals(a))) {
                refused.add(new Refusal(a, source, "duplicate-my-number", "個人番号が既に他の住民票に記載されています。"));
            } else {
                toLoad.addAll(person.getValue());
            }
        }
        int inserted = toLoad.isEmpty() ? 0 : copy(tenant, toLoad);
        advanceSequences();
        audit.record(new AuditEntry(
                Business.RESIDENT_REGISTRY,
                "データ移行",
                null,
                "IMPORT",
                AuditEntry.Outcome.SUCCESS,
                "batch=" + batchId + " inserted=" + inserted + " unchanged=" + unchanged + " refused="
                        + refused.size()));
        return new Outcome(inserted, unchanged, List.copyOf(refused));
    }

    private Map<String, String> storedBatches(String tenant, List<String> people) {
        Map<String, String> out = new HashMap<>();
        jdbc.query(
                "SELECT DISTINCT atenabango, coalesce(batch_id, '') FROM resident_registry.resident_record"
                        + " WHERE tenant_code = ? AND atenabango = ANY(?)",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
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

    private int copy(String tenant, List<ImportedVersion> versions) {
        StringBuilder rows = new StringBuilder(versions.size() * 600);
        for (ImportedVersion v : versions) {
            row(rows, tenant, v);
        }
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

    /** Keeps the number sequences above every migrated number, so the registry never gives one twice. */
    private void advanceSequences() {
        jdbc.execute("SELECT setval('resident_registry.atenabango_seq', greatest("
                + "(SELECT last_value FROM resident_registry.atenabango_seq),"
                + "(SELECT coalesce(max(atenabango::bigint), 0) FROM resident_registry.resident_record"
                + "  WHERE atenabango ~ '^[0-9]{1,15}$' AND atenabango < '8')))");
        jdbc.execute("SELECT setval('resident_registry.setaibango_seq', greatest("
                + "(SELECT last_value FROM resident_registry.setaibango_seq),"
                + "(SELECT coalesce(max(setaibango::bigint), 0) FROM resident_registry.resident_record"
                + "  WHERE setaibango ~ '^[0-9]{1,15}$')))");
    }

    /** One COPY text row, from the version as the registry's own record would hold it (search keys included). */
    private static void row(StringBuilder out, String tenant, ImportedVersion v) {
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
        field(out, v.batchId());
        field(out, v.shimei());
        field(out, v.furigana());
        field(out, r.searchName);
        field(out, r.searchKana);
        field(out, r.searchGiven);
        field(out, r.searchGivenKana);
        field(out, v.birthDate());
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
        field(out, v.removedOn());
        field(out, v.removalReason());
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
