package jp.kikan.addressee.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import jp.kikan.platform.bulk.BulkLoad;
import jp.kikan.platform.bulk.CopyRows;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.RegistryImport;
import org.jspecify.annotations.Nullable;
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
            + "seinengappi,seinengappi_fusho,seibetsu,jusho,search_address,recorded_at,recorded_by,batch_id,import_digest";

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
        CopyRows rows = new CopyRows(persons.size(), 300);
        Instant now = Instant.now();
        String actor = CurrentStaff.actor();
        long maxNumber = 0;
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
                if (NUMBERED.matcher(a).matches()) {
                    maxNumber = Math.max(maxNumber, Long.parseLong(a.substring(1)));
                }
            }
        }
        int inserted = BulkLoad.insert(jdbc, "addressee.non_resident", COLUMNS, rows);
        if (maxNumber > 0) {
            BulkLoad.advanceSequence(jdbc, "addressee.non_resident_seq", maxNumber);
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
        BulkLoad.analyze(jdbc, "addressee.non_resident");
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

    private static void row(
            CopyRows out,
            String tenant,
            ImportedNonResident p,
            Instant now,
            String actor,
            String batchId,
            String digest) {
        out.field(tenant);
        out.field(p.atenabango());
        out.field(p.shimei());
        out.field(p.furigana());
        out.field(SearchNormalizer.normalize(p.shimei()));
        out.field(p.furigana() == null ? null : SearchNormalizer.normalize(p.furigana()));
        out.field(p.birthDate());
        out.field(p.birthDateFusho());
        out.field(p.sex());
        out.field(p.address());
        out.field(p.address() == null ? null : SearchNormalizer.normalize(p.address()));
        out.field(now);
        out.field(actor);
        out.field(batchId);
        out.field(digest).endRow();
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
        // added later: only when present, so that the digests of exact birth dates stay what earlier runs stored
        if (p.birthDateFusho() != null) {
            text.append("seinengappi_fusho=").append(p.birthDateFusho()).append((char) 0x1f);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
