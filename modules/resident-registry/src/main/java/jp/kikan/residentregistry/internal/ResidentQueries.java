package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.web.model.ChangePage;
import jp.kikan.residentregistry.web.model.Household;
import jp.kikan.residentregistry.web.model.PageMetadata;
import jp.kikan.residentregistry.web.model.Resident;
import jp.kikan.residentregistry.web.model.ResidentHistory;
import jp.kikan.residentregistry.web.model.ResidentPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 住民の検索・照会, 異動履歴, 世帯の照会 and the 差分, as the API answers them: the one place both the API
 * ({@link ResidentQueryController}) and the screens ({@link ResidentScreens}) read the registry, so each read is audited
 * with its subject and a DV-restricted address withheld alike. A search, a household and a page of the 差分 are audited
 * with what was asked and every person returned.
 */
@Service
class ResidentQueries {

    /** What a search asks; blank texts ask for nothing. */
    record Criteria(
            @Nullable String shimei,
            @Nullable LocalDate seinengappi,
            @Nullable String jusho,
            @Nullable String setaibango,
            @Nullable String atenabango,
            @Nullable String juminhyocode,
            boolean shojosha) {}

    private final RegistryReader reader;
    private final AuditLog audit;

    ResidentQueries(RegistryReader reader, AuditLog audit) {
        this.reader = reader;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    ResidentPage search(Criteria c, int page, int size) {
        RegistryReader.Found found = reader.search(
                new RegistryReader.Criteria(
                        blankToNull(c.shimei()),
                        c.seinengappi(),
                        blankToNull(c.jusho()),
                        blankToNull(c.setaibango()),
                        blankToNull(c.atenabango()),
                        c.juminhyocode(),
                        c.shojosha(),
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
                                "shimei", c.shimei(),
                                "seinengappi", c.seinengappi(),
                                "jusho", c.jusho(),
                                "setaibango", c.setaibango(),
                                "atenabango", c.atenabango(),
                                "juminhyocode", c.juminhyocode(),
                                "shojosha", c.shojosha(),
                                "page", page,
                                "size", size)
                        + " hits=" + found.hits()));
        ShownTogether shown = ShownTogether.of(found.items(), reader.restricted(atenabangos(found.items())));
        PageMetadata metadata = new PageMetadata(page, size, found.total(), (int) ((found.total() + size - 1) / size));
        if (found.capped()) {
            metadata.totalCapped(true);
        }
        return new ResidentPage(
                found.items().stream()
                        .map(r -> ResidentViews.toApi(r, shown, null))
                        .toList(),
                metadata);
    }

    /**
     * The person's record on {@code kijunbi} (today when null) as known at {@code knownAt} (now when null). One
     * statement, audit record included (ADR 0025): no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Resident resident(String atenabango, @Nullable LocalDate kijunbi, @Nullable OffsetDateTime knownAt) {
        LocalDate date = kijunbi == null ? LocalDate.now(Timeline.JAPAN) : kijunbi;
        Instant known = knownAt == null ? Instant.now() : knownAt.toInstant();
        RegistryReader.Shown shown = reader.shownAsOf(
                        atenabango,
                        date,
                        known,
                        true,
                        AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", atenabango, "READ"))
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません（基準日 " + date + "）。"));
        return ResidentViews.toApi(shown.record(), shown.restricted(), shown.headName());
    }

    @Transactional(readOnly = true)
    ResidentHistory history(String atenabango) {
        List<ResidentRecord> versions = reader.history(atenabango);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。");
        }
        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "異動履歴の照会", atenabango, "READ"));
        boolean restricted = !reader.restricted(List.of(atenabango)).isEmpty();
        return new ResidentHistory(
                atenabango,
                versions.stream().map(v -> ResidentViews.version(v, restricted)).toList());
    }

    @Transactional(readOnly = true)
    Household household(String setaibango, @Nullable LocalDate kijunbi, @Nullable OffsetDateTime knownAt) {
        LocalDate date = kijunbi == null ? LocalDate.now(Timeline.JAPAN) : kijunbi;
        Instant known = knownAt == null ? Instant.now() : knownAt.toInstant();
        List<ResidentRecord> members = reader.householdAsOf(setaibango, date, known);
        if (members.isEmpty()) {
            throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は基準日（" + date + "）に見つかりません。");
        }
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                "世帯の照会",
                "setai:" + setaibango,
                "READ",
                atenabangos(members),
                AuditCriteria.of("kijunbi", kijunbi, "kijun_nichiji", knownAt)));
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
        return household;
    }

    @Transactional(readOnly = true)
    ChangePage changes(OffsetDateTime since, int page, int size) {
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
        return new ChangePage(
                found.items().stream().map(v -> ResidentViews.version(v, shown)).toList(),
                new PageMetadata(page, size, found.total(), (int) ((found.total() + size - 1) / size)));
    }

    private static List<String> atenabangos(List<ResidentRecord> records) {
        return records.stream().map(ResidentRecord::atenabango).distinct().toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
