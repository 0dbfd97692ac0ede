package jp.kikan.residentregistry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.bulk.BulkLoad;
import jp.kikan.platform.bulk.CopyRows;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import jp.kikan.residentregistry.ResidentAddress;
import org.jspecify.annotations.Nullable;
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
        CopyRows rows = new CopyRows(versions.size(), 640);
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
                    maxSetaibango = Math.max(maxSetaibango, number(v.setaibango()));
                }
                maxAtenabango = Math.max(maxAtenabango, number(a));
            }
        }
        int inserted = BulkLoad.insert(jdbc, "resident_registry.resident_record", COLUMNS, rows);
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
        BulkLoad.analyze(jdbc, "resident_registry.resident_record");
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

    /**
     * Keeps the number sequences above every migrated number, so the registry never gives one twice: above the largest
     * number of this batch (earlier batches did the same for theirs), without scanning the table.
     */
    private void advanceSequences(long maxAtenabango, long maxSetaibango) {
        if (maxAtenabango > 0) {
            BulkLoad.advanceSequence(jdbc, "resident_registry.atenabango_seq", maxAtenabango);
        }
        if (maxSetaibango > 0) {
            BulkLoad.advanceSequence(jdbc, "resident_registry.setaibango_seq", maxSetaibango);
        }
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
    private static void row(CopyRows out, String tenant, String batchId, ImportedVersion v, String digest) {
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
        out.field(tenant);
        out.field(v.atenabango());
        out.field(v.version());
        out.field(v.status().code());
        out.field(v.reason().code());
        out.field(v.validFrom());
        out.field(v.notifiedOn());
        out.field(v.recordedAt());
        out.field(v.current());
        out.field(batchId);
        out.field(digest);
        out.field(v.shimei());
        out.field(v.furigana());
        out.field(r.searchName);
        out.field(r.searchKana);
        out.field(r.searchGiven);
        out.field(r.searchGivenKana);
        out.field(v.birthDate());
        out.field(v.birthDateFusho());
        out.field(v.sex());
        out.field(v.setaibango());
        out.field(v.zokugara());
        out.field(v.head());
        out.field(v.residentSince());
        out.field(v.addressSince());
        out.field(r.jushoShikuchosonkodo);
        out.field(r.jushoChoazakodo);
        out.field(r.jushoTodofuken);
        out.field(r.jushoShikugunchosonmei);
        out.field(r.jushoChoaza);
        out.field(r.jushoBanchigohyoki);
        out.field(r.jushoKatagaki);
        out.field(r.searchAddress);
        out.field(v.previousAddress());
        out.field(v.formerAddress());
        out.field(v.removedOn());
        out.field(v.removalReason());
        out.field(v.destinationAddress());
        out.field(v.reasonText());
        out.field(v.honseki());
        out.field(v.hittosha());
        out.field(f == null ? null : f.kokuseki());
        out.field(f == null ? null : f.kubun());
        out.field(f == null ? null : f.zairyushikaku());
        out.field(f == null ? null : f.zairyukikan());
        out.field(f == null ? null : f.periodEnds());
        out.field(f == null ? null : f.cardNumber());
        out.field(f == null ? null : f.tsusho());
        out.field(f == null ? null : f.tsushoFurigana());
        out.field(r.searchTsusho);
        out.field(v.residentCode());
        out.field(v.myNumber()).endRow();
    }
}
