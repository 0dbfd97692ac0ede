package jp.kikan.residentregistry.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.platform.time.BirthDateRange;
import jp.kikan.residentregistry.ResidentRegistry;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry as of a date and as known at a time, for the API and for other businesses (the published
 * {@link ResidentRegistry}). The version in force on D as known at T is the latest one by 異動日 (then 履歴番号) with
 * 異動日 ≤ D among the versions recorded by T and not superseded by T.
 */
@Service
@Transactional(readOnly = true)
class RegistryReader implements ResidentRegistry {

    private static final String KNOWN_AT =
            " AND r.recorded_at <= :knownAt AND (r.superseded_at IS NULL OR r.superseded_at > :knownAt)";

    private final EntityManager entities;
    private final SupportMeasures measures;
    private final AuditLog audit;

    RegistryReader(EntityManager entities, SupportMeasures measures, AuditLog audit) {
        this.entities = entities;
        this.measures = measures;
        this.audit = audit;
    }

    /** The version of {@code atenabango} in force on {@code date} as known at {@code knownAt}. */
    Optional<ResidentRecord> asOf(String atenabango, LocalDate date, Instant knownAt) {
        Query q = entities.createNativeQuery(
                "SELECT r.* FROM resident_registry.resident_record r WHERE r.tenant_code = :tenant"
                        + " AND r.atenabango = :atenabango AND r.valid_from <= :date" + KNOWN_AT
                        + " ORDER BY r.valid_from DESC, r.version DESC LIMIT 1",
                ResidentRecord.class);
        bind(q, date, knownAt).setParameter("atenabango", atenabango);
        return results(q).stream().findFirst();
    }

    /** The members of {@code setaibango} on {@code date} as known at {@code knownAt}, head first, then by birth. */
    List<ResidentRecord> householdAsOf(String setaibango, LocalDate date, Instant knownAt) {
        Query q = entities.createNativeQuery(
                "SELECT * FROM (SELECT DISTINCT ON (r.atenabango) r.* FROM resident_registry.resident_record r"
                        + " WHERE r.tenant_code = :tenant AND r.valid_from <= :date" + KNOWN_AT
                        + " AND r.atenabango IN (SELECT h.atenabango FROM resident_registry.resident_record h"
                        + "   WHERE h.tenant_code = :tenant AND h.setaibango = :setaibango)"
                        + " ORDER BY r.atenabango, r.valid_from DESC, r.version DESC) v"
                        + " WHERE v.setaibango = :setaibango AND v.jotai <> 'SHOJO'",
                ResidentRecord.class);
        bind(q, date, knownAt).setParameter("setaibango", setaibango);
        List<ResidentRecord> members = new ArrayList<>(results(q));
        members.sort(Comparator.comparing((ResidentRecord r) -> !r.setainushi)
                .thenComparing(r -> r.seinengappi)
                .thenComparing(r -> r.atenabango));
        return members;
    }

    /**
     * The name of the 世帯主 of {@code setaibango} on {@code date} as known at {@code knownAt}: the member
     * {@link #householdAsOf} would put first, read without reading the other members' versions.
     */
    Optional<String> headNameAsOf(String setaibango, LocalDate date, Instant knownAt) {
        Query q = entities.createNativeQuery(
                "SELECT v.shimei FROM (SELECT DISTINCT ON (r.atenabango) r.shimei, r.seinengappi, r.atenabango,"
                        + " r.setaibango, r.setainushi, r.jotai FROM resident_registry.resident_record r"
                        + " WHERE r.tenant_code = :tenant AND r.valid_from <= :date" + KNOWN_AT
                        + " AND r.atenabango IN (SELECT h.atenabango FROM resident_registry.resident_record h"
                        + "   WHERE h.tenant_code = :tenant AND h.setaibango = :setaibango AND h.setainushi)"
                        + " ORDER BY r.atenabango, r.valid_from DESC, r.version DESC) v"
                        + " WHERE v.setaibango = :setaibango AND v.setainushi AND v.jotai <> 'SHOJO'"
                        + " ORDER BY v.seinengappi, v.atenabango LIMIT 1");
        bind(q, date, knownAt).setParameter("setaibango", setaibango);
        return q.getResultList().stream().findFirst().map(String.class::cast);
    }

    /** Criteria of 住民の検索; {@code null} means any. */
    record Criteria(
            @Nullable String name,
            @Nullable LocalDate birthDate,
            @Nullable String address,
            @Nullable String setaibango,
            @Nullable String atenabango,
            @Nullable String residentCode,
            boolean includeRemoved,
            boolean hideRestricted) {}

    record Found(List<ResidentRecord> items, long total) {}

    /** Current records matching every given criterion, by reading then 宛名番号. */
    Found search(Criteria c, int page, int size) {
        StringBuilder where = new StringBuilder(
                " FROM resident_registry.resident_record r WHERE r.tenant_code = :tenant AND r.is_current");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", TenantContext.require());
        if (!c.includeRemoved()) {
            where.append(" AND r.jotai <> 'SHOJO'");
        }
        if (c.name() != null) {
            where.append(" AND (" + prefix("r.search_name", "name") + " OR " + prefix("r.search_kana", "name") + " OR "
                    + prefix("r.search_tsusho", "name") + " OR " + prefix("r.search_given", "name") + " OR "
                    + prefix("r.search_given_kana", "name") + ")");
            bindPrefix(params, "name", SearchNormalizer.normalize(c.name()));
        }
        if (c.birthDate() != null) {
            // the day itself, or a partly unknown (不詳) birth date whose range holds it
            where.append(" AND (r.seinengappi = :birth OR (r.seinengappi_fusho IS NOT NULL"
                    + " AND r.seinengappi IN (:birthSupplemented)))");
            params.put("birth", c.birthDate());
            params.put(
                    "birthSupplemented", BirthDateRange.of(c.birthDate(), null).supplementedDates());
        }
        if (c.address() != null) {
            where.append(" AND ").append(prefix("r.search_address", "address"));
            bindPrefix(params, "address", SearchNormalizer.normalize(c.address()));
            if (c.hideRestricted()) {
                // Searching by address must not reveal where a person under 支援措置 lives, nor where those named
                // with her in the 申出 (併せて支援を求める者) do.
                where.append(
                        " AND NOT EXISTS (SELECT 1 FROM resident_registry.support_measure m"
                                + " WHERE m.tenant_code = r.tenant_code AND m.kaishi_ymd <= :today"
                                + " AND (m.shuryo_ymd IS NULL OR m.shuryo_ymd >= :today)"
                                + " AND (m.atenabango = r.atenabango OR EXISTS (SELECT 1 FROM resident_registry.support_measure_person p"
                                + "   WHERE p.tenant_code = m.tenant_code AND p.measure_id = m.id AND p.atenabango = r.atenabango)))");
                params.put("today", LocalDate.now(Timeline.JAPAN));
            }
        }
        if (c.setaibango() != null) {
            where.append(" AND r.setaibango = :setaibango");
            params.put("setaibango", c.setaibango());
        }
        if (c.atenabango() != null) {
            where.append(" AND r.atenabango = :atenabango");
            params.put("atenabango", c.atenabango());
        }
        if (c.residentCode() != null) {
            where.append(" AND r.juminhyo_code = :code");
            params.put("code", c.residentCode());
        }
        Query count = entities.createNativeQuery("SELECT count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query q = entities.createNativeQuery(
                "SELECT r.*" + where + " ORDER BY r.search_kana, r.atenabango LIMIT :limit OFFSET :offset",
                ResidentRecord.class);
        params.forEach(q::setParameter);
        q.setParameter("limit", size).setParameter("offset", (long) page * size);
        return new Found(results(q), total);
    }

    /** Every version of a person, oldest first. */
    List<ResidentRecord> history(String atenabango) {
        return entities.createQuery(
                        "select r from ResidentRegistryRecord r where r.atenabango = :a order by r.version",
                        ResidentRecord.class)
                .setParameter("a", atenabango)
                .getResultList();
    }

    /** The versions recorded after {@code since}, oldest first (差分). */
    Found changes(Instant since, int page, int size) {
        Query count = entities.createNativeQuery(
                "SELECT count(*) FROM resident_registry.resident_record r WHERE r.tenant_code = :tenant AND r.recorded_at > :since");
        count.setParameter("tenant", TenantContext.require()).setParameter("since", Timestamp.from(since));
        long total = ((Number) count.getSingleResult()).longValue();
        Query q = entities.createNativeQuery(
                "SELECT r.* FROM resident_registry.resident_record r WHERE r.tenant_code = :tenant AND r.recorded_at > :since"
                        + " ORDER BY r.recorded_at, r.atenabango, r.version LIMIT :limit OFFSET :offset",
                ResidentRecord.class);
        q.setParameter("tenant", TenantContext.require())
                .setParameter("since", Timestamp.from(since))
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size);
        return new Found(results(q), total);
    }

    /**
     * Those of {@code people} under a support measure in force today: its applicant or one of the 併せて支援を求める者
     * named with her.
     */
    Set<String> restricted(List<String> people) {
        return measures.restricted(people, LocalDate.now(Timeline.JAPAN));
    }

    // ------------------------------------------------------------------------------------- published facade

    @Override
    public Optional<ResidentSnapshot> find(String atenabango, LocalDate date, Instant knownAt) {
        Optional<ResidentRecord> found = asOf(atenabango, date, knownAt);
        found.ifPresent(r -> audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "業務間照会", atenabango, "READ")));
        return found.map(r -> snapshot(r, !restricted(List.of(atenabango)).isEmpty()));
    }

    @Override
    public int forEachAsOf(
            Collection<String> atenabango,
            LocalDate date,
            Instant knownAt,
            String purpose,
            Consumer<ResidentSnapshot> sink) {
        List<String> people = atenabango.stream().distinct().sorted().toList();
        List<String> read = new ArrayList<>(people.size());
        for (int from = 0; from < people.size(); from += BATCH) {
            List<String> batch = people.subList(from, Math.min(from + BATCH, people.size()));
            Query q = entities.createNativeQuery(
                    "SELECT DISTINCT ON (r.atenabango) r.* FROM resident_registry.resident_record r"
                            + " WHERE r.tenant_code = :tenant AND r.atenabango IN (:people) AND r.valid_from <= :date"
                            + KNOWN_AT + " ORDER BY r.atenabango, r.valid_from DESC, r.version DESC",
                    ResidentRecord.class);
            bind(q, date, knownAt).setParameter("people", batch);
            List<ResidentRecord> records = results(q);
            Set<String> restricted = records.isEmpty()
                    ? Set.of()
                    : restricted(
                            records.stream().map(ResidentRecord::atenabango).toList());
            for (ResidentRecord r : records) {
                // A run over the register must not keep every record it read in the persistence context. Only this
                // module maps ResidentRecord, and its writes never run a batch read, so no caller's entity is detached.
                entities.detach(r);
                read.add(r.atenabango);
                sink.accept(snapshot(r, restricted.contains(r.atenabango)));
            }
        }
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                purpose,
                "batch",
                "READ",
                read,
                "kijunbi=" + date + " kijun_nichiji=" + knownAt + " requested=" + people.size()));
        return read.size();
    }

    @Override
    public List<ResidentSnapshot> household(String setaibango, LocalDate date, Instant knownAt) {
        List<ResidentRecord> members = householdAsOf(setaibango, date, knownAt);
        List<String> people = members.stream().map(ResidentRecord::atenabango).toList();
        ShownTogether shown = ShownTogether.forBusinesses(members, restricted(people));
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                "業務間照会",
                "setai:" + setaibango,
                "READ",
                people,
                "kijunbi=" + date + " kijun_nichiji=" + knownAt));
        return members.stream().map(r -> snapshot(r, shown)).toList();
    }

    @Override
    public List<ResidentSnapshot> match(String name, @Nullable LocalDate birthDate, int limit) {
        Found found = search(new Criteria(name, birthDate, null, null, null, null, true, true), 0, limit);
        List<String> people =
                found.items().stream().map(ResidentRecord::atenabango).toList();
        ShownTogether shown = ShownTogether.forBusinesses(found.items(), restricted(people));
        audit.record(AuditEntry.many(
                Business.RESIDENT_REGISTRY,
                "名寄せ照会",
                null,
                "SEARCH",
                people,
                AuditCriteria.of("shimei", name, "seinengappi", birthDate, "limit", limit) + " hits=" + found.total()));
        return found.items().stream().map(r -> snapshot(r, shown)).toList();
    }

    /** Shown with others: the address is withheld also when it is that of a restricted person shown with them. */
    private static ResidentSnapshot snapshot(ResidentRecord r, ShownTogether shown) {
        return snapshot(r, shown.restricted(r), shown.withheld(r));
    }

    static ResidentSnapshot snapshot(ResidentRecord r, boolean restricted) {
        return snapshot(r, restricted, restricted);
    }

    private static ResidentSnapshot snapshot(ResidentRecord r, boolean restricted, boolean withheld) {
        return new ResidentSnapshot(
                r.atenabango,
                r.version,
                r.status(),
                r.shimei,
                r.shimeiFurigana,
                r.seinengappi,
                r.seinengappiFusho,
                r.seibetsu,
                r.setaibango,
                r.zokugara,
                r.setainushi,
                withheld ? null : r.address(),
                r.juminninattaYmd,
                r.reason(),
                r.validFrom,
                r.recordedAt,
                r.shojoYmd,
                r.foreignResident(),
                restricted);
    }

    private Query bind(Query q, LocalDate date, Instant knownAt) {
        return q.setParameter("tenant", TenantContext.require())
                .setParameter("date", date)
                .setParameter("knownAt", Timestamp.from(knownAt));
    }

    @SuppressWarnings("unchecked")
    private static List<ResidentRecord> results(Query q) {
        return (List<ResidentRecord>) q.getResultList();
    }

    /**
     * A prefix match as a range, {@code column ~>=~ :lo AND column ~<~ :hi}: under row-level security only leakproof
     * operators may use an index, and the pattern comparison operators are leakproof where LIKE is not.
     */
    private static String prefix(String column, String param) {
        return "(" + column + " ~>=~ :" + param + "Lo AND " + column + " ~<~ :" + param + "Hi)";
    }

    private static void bindPrefix(Map<String, Object> params, String param, String key) {
        params.put(param + "Lo", key);
        params.put(param + "Hi", key.isEmpty() ? "\uFFFF" : next(key));
    }

    /** The smallest string greater than every string beginning with {@code key}: its last code point plus one. */
    static String next(String key) {
        int last = key.codePointBefore(key.length());
        return key.substring(0, key.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
