package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.web.api.ChangesApi;
import jp.kikan.residentregistry.web.api.HouseholdsApi;
import jp.kikan.residentregistry.web.api.ResidentsApi;
import jp.kikan.residentregistry.web.model.ChangePage;
import jp.kikan.residentregistry.web.model.Household;
import jp.kikan.residentregistry.web.model.PageMetadata;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ResidentHistory;
import jp.kikan.residentregistry.web.model.ResidentPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * 住民の検索・照会, 異動履歴, 世帯の照会 and the 差分. Every read is audited with its subject; a search, a household and a
 * page of the 差分 with what was asked and every person returned.
 */
@RestController
class ResidentQueryController implements ResidentsApi, HouseholdsApi, ChangesApi {

    private final RegistryReader reader;
    private final AuditLog audit;

    ResidentQueryController(RegistryReader reader, AuditLog audit) {
        this.reader = reader;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<ResidentPage> searchResidents(
            String tenantCode,
            @Nullable String shimei,
            @Nullable LocalDate seinengappi,
            @Nullable String jusho,
            @Nullable String setaibango,
            @Nullable String atenabango,
            @Nullable String juminhyocode,
            Boolean shojosha,
            Integer page,
            Integer size) {
        RegistryReader.Found found = reader.search(
                new RegistryReader.Criteria(
                        blankToNull(shimei),
                        seinengappi,
                        blankToNull(jusho),
                        blankToNull(setaibango),
                        blankToNull(atenabango),
                        juminhyocode,
                        shojosha,
                        !ResidentViews.maySeeRestricted()),
                page,
                size);
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                "住民の検索",
                null,
                "SEARCH",
                atenabangos(found.items()),
                AuditCriteria.of(
                                "shimei", shimei,
                                "seinengappi", seinengappi,
                                "jusho", jusho,
                                "setaibango", setaibango,
                                "atenabango", atenabango,
                                "juminhyocode", juminhyocode,
                                "shojosha", shojosha,
                                "page", page,
                                "size", size)
                        + " hits=" + found.hits()));
        ShownTogether shown = ShownTogether.of(found.items(), reader.restricted(atenabangos(found.items())));
        PageMetadata metadata = new PageMetadata(page, size, found.total(), (int) ((found.total() + size - 1) / size));
        if (found.capped()) {
            metadata.totalCapped(true);
        }
        return ResponseEntity.ok(new ResidentPage(
                found.items().stream()
                        .map(r -> ResidentViews.toApi(r, shown, null))
                        .toList(),
                metadata));
    }

    /** One statement, audit record included (ADR 0025): no transaction of its own. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ResponseEntity<Resident> getResident(
            String tenantCode, String atenabango, @Nullable LocalDate kijunbi, @Nullable OffsetDateTime kijunNichiji) {
        LocalDate date = kijunbi == null ? LocalDate.now(Timeline.JAPAN) : kijunbi;
        Instant knownAt = kijunNichiji == null ? Instant.now() : kijunNichiji.toInstant();
        RegistryReader.Shown shown = reader.shownAsOf(
                        atenabango,
                        date,
                        knownAt,
                        true,
                        AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", atenabango, "READ"))
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません（基準日 " + date + "）。"));
        return ResponseEntity.ok()
                .eTag(EntityTags.of(shown.record().version))
                .body(ResidentViews.toApi(shown.record(), shown.restricted(), shown.headName()));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<ResidentHistory> getResidentHistory(String tenantCode, String atenabango) {
        List<ResidentRecord> versions = reader.history(atenabango);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。");
        }
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "異動履歴の照会", atenabango, "READ"));
        boolean restricted = !reader.restricted(List.of(atenabango)).isEmpty();
        return ResponseEntity.ok(new ResidentHistory(
                atenabango,
                versions.stream().map(v -> ResidentViews.version(v, restricted)).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Household> getHousehold(
            String tenantCode, String setaibango, @Nullable LocalDate kijunbi, @Nullable OffsetDateTime kijunNichiji) {
        LocalDate date = kijunbi == null ? LocalDate.now(Timeline.JAPAN) : kijunbi;
        Instant knownAt = kijunNichiji == null ? Instant.now() : kijunNichiji.toInstant();
        List<ResidentRecord> members = reader.householdAsOf(setaibango, date, knownAt);
        if (members.isEmpty()) {
            throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は基準日（" + date + "）に見つかりません。");
        }
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                "世帯の照会",
                "setai:" + setaibango,
                "READ",
                atenabangos(members),
                AuditCriteria.of("kijunbi", kijunbi, "kijun_nichiji", kijunNichiji)));
        ShownTogether shown = ShownTogether.of(members, reader.restricted(atenabangos(members)));
        ResidentRecord head =
                members.stream().filter(m -> m.setainushi).findFirst().orElse(null);
        Household household = new Household(
                setaibango,
                members.stream()
                        .map(m -> ResidentViews.toApi(m, shown, head == null ? null : head.shimei))
                        .toList());
        if (head != null) {
            household.setainushiAtenabango(head.atenabango);
        }
        return ResponseEntity.ok(household);
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<ChangePage> listChanges(String tenantCode, OffsetDateTime since, Integer page, Integer size) {
        RegistryReader.Found found = reader.changes(since.toInstant(), page, size);
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                "差分の提供",
                null,
                "SEARCH",
                atenabangos(found.items()),
                AuditCriteria.of("since", since, "page", page, "size", size) + " versions="
                        + found.items().size() + " hits=" + found.hits()));
        ShownTogether shown = ShownTogether.of(found.items(), reader.restricted(atenabangos(found.items())));
        return ResponseEntity.ok(new ChangePage(
                found.items().stream().map(v -> ResidentViews.version(v, shown)).toList(),
                new PageMetadata(page, size, found.total(), (int) ((found.total() + size - 1) / size))));
    }

    private static List<String> atenabangos(List<ResidentRecord> records) {
        return records.stream().map(ResidentRecord::atenabango).distinct().toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
