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
import java.util.stream.Collectors;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.platform.time.BirthDateRange;
import jp.kikan.residentregistry.ResidentRegistry;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    /** The version of {@code :atenabango} in force on {@code :date} as known at {@code :knownAt}. */
    private static final String AS_OF =
            "SELECT r.* FROM resident_registry.resident_record r WHERE r.tenant_code = :tenant"
                    + " AND r.atenabango = :atenabango AND r.valid_from <= :date" + KNOWN_AT
                    + " ORDER BY r.valid_from DESC, r.version DESC LIMIT 1";

    /**
     * A person's version as shown on its own: whether a support measure in force today restricts the person, and the
     * name of the household's 世帯主 on the same date.
     */
    record Shown(
            ResidentRecord record,
            boolean restricted,
            @Nullable String headName) {}

    /**
     * The version of {@code atenabango} in force on {@code date} as known at {@code knownAt}, whether {@link
     * #restricted} holds the person today and, when asked, the name of the version's household's 世帯主 ({@link
     * #HEAD_NAME}), in one query that also writes the read's audit record when the person was found: one round trip
     * for what a single person's read shows, a single statement even in autocommit.
     */
    Optional<Shown> shownAsOf(
            String atenabango, LocalDate date, Instant knownAt, boolean withHeadName, AuditEntry audited) {
        AuditLog.InlineRecord record = audit.inline(audited);
        String headName = withHeadName ? "(" + HEAD_NAME + ")" : "NULL::varchar";
        NativeQuery<?> q = entities.createNativeQuery("WITH v AS (" + AS_OF + "), audited AS ("
                        + record.insertPerRowOf("v") + ") SELECT v.*, " + restrictedOn("v.atenabango", ":today")
                        + " AS kikan_restricted, " + headName + " AS kikan_head_name FROM v")
                .unwrap(NativeQuery.class)
                .addEntity("v", ResidentRecord.class)
                .addScalar("kikan_restricted", StandardBasicTypes.BOOLEAN)
                .addScalar("kikan_head_name", StandardBasicTypes.STRING);
        bind(q, date, knownAt)
                .setParameter("atenabango", atenabango)
                .setParameter("today", LocalDate.now(Timeline.JAPAN));
        record.parameters().forEach(q::setParameter);
        return q.getResultList().stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Shown((ResidentRecord) columns[0], (Boolean) columns[1], (String) columns[2]);
        });
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
     * The name of the 世帯主 of the household of the as-of version {@code v} (in {@link #shownAsOf}), on {@code :date}
     * as known at {@code :knownAt}: the member {@link #householdAsOf} would put first, read without reading the other
     * members' versions.
     */
    private static final String HEAD_NAME = "SELECT h.shimei FROM (SELECT DISTINCT ON (r.atenabango) r.shimei,"
            + " r.seinengappi, r.atenabango, r.setaibango, r.setainushi, r.jotai FROM resident_registry.resident_record r"
            + " WHERE r.tenant_code = :tenant AND r.valid_from <= :date" + KNOWN_AT
            + " AND r.atenabango IN (SELECT m.atenabango FROM resident_registry.resident_record m"
            + "   WHERE m.tenant_code = :tenant AND m.setaibango = v.setaibango AND m.setainushi)"
            + " ORDER BY r.atenabango, r.valid_from DESC, r.version DESC) h"
            + " WHERE h.setaibango = v.setaibango AND h.setainushi AND h.jotai <> 'SHOJO'"
            + " ORDER BY h.seinengappi, h.atenabango LIMIT 1";

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

    /**
     * A page of what matched and their number; {@code capped} when the count stopped at {@link #COUNT_LIMIT} (then
     * {@code total} is that limit).
     */
    record Found(List<ResidentRecord> items, long total, boolean capped) {

        /** The number of matches for an audit record's detail: {@code 1000+} when the count stopped there. */
        String hits() {
            return total + (capped ? "+" : "");
        }
    }

    /**
     * A search counts its matches up to this many (the contract says so): counting every 田中 of a large city read
     * every match's index entry and row to say a number no clerk reads, and made the search grow with the register.
     */
    static final int COUNT_LIMIT = 1_000;

    /** The columns a name is looked for in (前方一致 on each): 氏名, its reading, 通称, the given name and its reading. */
    private static final List<String> NAME_COLUMNS =
            List.of("search_name", "search_kana", "search_tsusho", "search_given", "search_given_kana");

    private static final String ORDER = " USING ~<~, ";

    /**
     * Current records matching every given criterion, by reading (in code point order, whatever the database's
     * collation) then 宛名番号.
     *
     * <p>A name is looked for in each {@link #NAME_COLUMNS column} by a query of its own (an "arm") that reads only
     * that column's index, which also holds the reading and the 宛名番号 (index-only): each arm's first matches in
     * reading order are merged, the page is taken from them and only the page's rows are read. One query with the
     * five ranges OR-ed read every match's row (a bitmap heap scan), about 190 ms for the 33,000 田中 of a city of
     * 1,000,000. The count reads at most {@link #COUNT_LIMIT} + 1 entries of each arm.
     */
    Found search(Criteria c, int page, int size) {
        StringBuilder where = new StringBuilder(
                " FROM resident_registry.resident_record r WHERE r.tenant_code = :tenant AND r.is_current");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", TenantContext.require());
        if (!c.includeRemoved()) {
            where.append(" AND r.jotai <> 'SHOJO'");
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
                where.append(" AND NOT ").append(restrictedOn("r.atenabango", ":today"));
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
        String countSql;
        String pageSql;
        if (c.name() == null) {
            countSql = "SELECT count(*) FROM (SELECT 1" + where + " LIMIT " + (COUNT_LIMIT + 1) + ") counted";
            pageSql = "SELECT r.*" + where + " ORDER BY r.search_kana" + ORDER
                    + "r.atenabango LIMIT :limit OFFSET :offset";
        } else {
            bindPrefix(params, "name", SearchNormalizer.normalize(c.name()));
            // An arm stopped at the limit has more distinct persons than the limit by itself; otherwise every arm is
            // whole and the distinct count is exact.
            countSql = "SELECT count(DISTINCT m.atenabango) FROM ("
                    + NAME_COLUMNS.stream()
                            .map(column -> "(SELECT r.atenabango" + where + " AND " + prefix("r." + column, "name")
                                    + " LIMIT " + (COUNT_LIMIT + 1) + ")")
                            .collect(Collectors.joining(" UNION ALL "))
                    + ") m";
            // The page's persons are among the first (page + 1) × size of some arm in reading order. The reading arm
            // reads its index in that order; the others sort their index-only matches (top-N), in the same byte
            // order written so that the planner cannot walk the reading index in order and test every row it
            // passes (a 田中 search took 2 s that way, the 田中 all being at タ).
            pageSql = "SELECT r.* FROM (SELECT m.atenabango, min(m.search_kana) AS reading FROM ("
                    + NAME_COLUMNS.stream()
                            .map(column -> "(SELECT r.atenabango, r.search_kana" + where + " AND "
                                    + prefix("r." + column, "name") + " ORDER BY r.search_kana"
                                    + (column.equals("search_kana") ? " USING ~<~" : " COLLATE \"C\"")
                                    + ", r.atenabango LIMIT :window)")
                            .collect(Collectors.joining(" UNION ALL "))
                    + ") m GROUP BY m.atenabango ORDER BY reading" + ORDER
                    + "m.atenabango LIMIT :limit OFFSET :offset) p"
                    + " JOIN resident_registry.resident_record r ON r.tenant_code = :tenant AND r.is_current"
                    + " AND r.atenabango = p.atenabango ORDER BY p.reading" + ORDER + "p.atenabango";
        }
        Query count = entities.createNativeQuery(countSql);
        params.forEach(count::setParameter);
        long counted = ((Number) count.getSingleResult()).longValue();
        Query q = entities.createNativeQuery(pageSql, ResidentRecord.class);
        params.forEach(q::setParameter);
        q.setParameter("limit", size).setParameter("offset", (long) page * size);
        if (c.name() != null) {
            q.setParameter("window", (long) (page + 1) * size);
        }
        return new Found(results(q), Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT);
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
        return new Found(results(q), total, false);
    }

    /**
     * SQL that holds when the person in {@code column} is under a support measure in force on {@code date}: its
     * applicant, or one of the 併せて支援を求める者 named in its 申出 (the native form of
     * {@link SupportMeasures#restrictedAmong}). Needs {@code :tenant}.
     */
    static String restrictedOn(String column, String date) {
        String inForce = " AND m.kaishi_ymd <= " + date + " AND (m.shuryo_ymd IS NULL OR m.shuryo_ymd >= " + date + ")";
        return "(EXISTS (SELECT 1 FROM resident_registry.support_measure m WHERE m.tenant_code = :tenant"
                + " AND m.atenabango = " + column + inForce + ")"
                + " OR EXISTS (SELECT 1 FROM resident_registry.support_measure_person p"
                + " JOIN resident_registry.support_measure m ON m.tenant_code = p.tenant_code AND m.id = p.measure_id"
                + " WHERE p.tenant_code = :tenant AND p.atenabango = " + column + inForce + "))";
    }

    /**
     * Those of {@code people} under a support measure in force today: its applicant or one of the 併せて支援を求める者
     * named with her.
     */
    Set<String> restricted(List<String> people) {
        return measures.restricted(people, LocalDate.now(Timeline.JAPAN));
    }

    // ------------------------------------------------------------------------------------- published facade

    /**
     * One statement: without a caller's transaction it runs in autocommit and its audit record commits with it (ADR
     * 0025); inside one, both join it.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ResidentSnapshot> find(String atenabango, LocalDate date, Instant knownAt) {
        return shownAsOf(
                        atenabango,
                        date,
                        knownAt,
                        false,
                        AuditEntry.success(Business.RESIDENT_REGISTRY, "業務間照会", atenabango, "READ"))
                .map(r -> snapshot(r.record(), r.restricted()));
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
                AuditCriteria.of("shimei", name, "seinengappi", birthDate, "limit", limit) + " hits=" + found.hits()));
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
