package jp.kikan.addressee.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.addressee.Addressee;
import jp.kikan.addressee.Addressees;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.platform.time.BirthDateRange;
import jp.kikan.residentregistry.ResidentRegistry;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both pools of 宛名番号 behind one directory: residents through the resident registry's published facade, 住登外者 in
 * this module's table. Numbering a 住登外者 first looks for the person in both pools (名寄せ).
 */
@Service
class AddresseeDirectory implements Addressees {

    /** 住登外者宛名番号 begin with this digit; 住民宛名番号 never do (docs/decisions/0010-addressee-numbers.md). */
    static final String NON_RESIDENT_PREFIX = "8";

    private final NonResidents nonResidents;
    private final ResidentRegistry registry;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    AddresseeDirectory(NonResidents nonResidents, ResidentRegistry registry, JdbcClient jdbc, AuditLog audit) {
        this.nonResidents = nonResidents;
        this.registry = registry;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Addressee> find(String atenabango) {
        Optional<Addressee> found = atenabango.startsWith(NON_RESIDENT_PREFIX)
                ? nonResidents.findByNumber(atenabango).map(NonResident::toAddressee)
                : registry.findCurrent(atenabango).map(AddresseeDirectory::fromResident);
        found.ifPresent(a -> audit.record(AuditEntry.success(Business.PLATFORM, "宛名の照会", atenabango, "READ")));
        return found;
    }

    /** Persons of both pools whose name or reading contains {@code name}, optionally born on {@code birth}. */
    @Transactional(readOnly = true)
    List<Addressee> search(String name, @Nullable LocalDate birth, int limit) {
        List<Addressee> out = new ArrayList<>();
        registry.match(name, birth, limit).forEach(r -> out.add(fromResident(r)));
        String like = "%" + SearchNormalizer.normalize(name).replace("%", "").replace("_", "") + "%";
        List<LocalDate> supplemented =
                birth == null ? List.of() : BirthDateRange.of(birth, null).supplementedDates();
        nonResidents.search(like, birth, supplemented, PageRequest.of(0, limit)).forEach(n -> out.add(n.toAddressee()));
        List<Addressee> found = out.size() > limit ? out.subList(0, limit) : out;
        audit.record(AuditEntry.many(
                Business.PLATFORM,
                "宛名の検索",
                null,
                "SEARCH",
                found.stream().map(Addressee::atenabango).toList(),
                "criteria={shimei=" + name + (birth == null ? "" : ", seinengappi=" + birth) + "} hits=" + out.size()));
        return found;
    }

    /** A candidate with the rules it matched. */
    record Candidate(Addressee addressee, List<String> reasons) {}

    /** Who among residents and 住登外者 may be the person described (名寄せ候補). */
    @Transactional(readOnly = true)
    List<Candidate> candidates(
            String shimei, @Nullable String furigana, @Nullable LocalDate birth, @Nullable String address) {
        String name = SearchNormalizer.normalize(shimei);
        @Nullable String kana = furigana == null ? null : SearchNormalizer.normalize(furigana);
        @Nullable String place = address == null ? null : SearchNormalizer.normalize(address);
        @Nullable BirthDateRange born = birth == null ? null : BirthDateRange.of(birth, null);
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (ResidentSnapshot r : registry.match(shimei, birth, 20)) {
            add(out, fromResident(r), reasons(name, kana, born, place, r.shimei(), r.furigana(), range(r), null));
        }
        if (furigana != null) {
            for (ResidentSnapshot r : registry.match(furigana, birth, 20)) {
                add(out, fromResident(r), reasons(name, kana, born, place, r.shimei(), r.furigana(), range(r), null));
            }
        }
        for (NonResident n : nonResidents.candidates(name, kana, born, place)) {
            add(out, n.toAddressee(), reasons(name, kana, born, place, n.shimei, n.shimeiFurigana, range(n), n.jusho));
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Candidate> out, Addressee a, List<String> reasons) {
        if (!reasons.isEmpty()) {
            out.putIfAbsent(a.atenabango(), new Candidate(a, reasons));
        }
    }

    /**
     * The 名寄せ rules: 氏名 and 生年月日, 振り仮名 and 生年月日, or 氏名 and 住所. The same 生年月日 is the same exact day;
     * when either is partly unknown (不詳) and the other may fall in it, the rule is named with {@code _FUSHO}
     * ({@code SHIMEI_SEINENGAPPI_FUSHO}, {@code FURIGANA_SEINENGAPPI_FUSHO}): a 補完日 is never taken for the day.
     */
    static List<String> reasons(
            String name,
            @Nullable String kana,
            @Nullable BirthDateRange birth,
            @Nullable String place,
            String otherName,
            @Nullable String otherKana,
            @Nullable BirthDateRange otherBirth,
            @Nullable String otherAddress) {
        List<String> out = new ArrayList<>();
        @Nullable String birthRule = null;
        if (birth != null && otherBirth != null && birth.overlaps(otherBirth)) {
            birthRule = birth.sameDay(otherBirth) ? "SEINENGAPPI" : "SEINENGAPPI_FUSHO";
        }
        if (birthRule != null && name.equals(SearchNormalizer.normalize(otherName))) {
            out.add("SHIMEI_" + birthRule);
        }
        if (birthRule != null
                && kana != null
                && otherKana != null
                && kana.equals(SearchNormalizer.normalize(otherKana))) {
            out.add("FURIGANA_" + birthRule);
        }
        if (place != null
                && otherAddress != null
                && name.equals(SearchNormalizer.normalize(otherName))
                && place.equals(SearchNormalizer.normalize(otherAddress))) {
            out.add("SHIMEI_JUSHO");
        }
        return out;
    }

    /** Gives a new 住登外者宛名番号 and records the person. */
    @Transactional
    NonResident register(
            String shimei,
            @Nullable String furigana,
            @Nullable LocalDate birth,
            String sex,
            @Nullable String address,
            @Nullable String gyomuid) {
        String number = NON_RESIDENT_PREFIX + String.format("%014d", nonResidents.nextNumber());
        NonResident person = nonResidents.save(new NonResident(
                number, shimei, furigana, birth, sex, address, gyomuid, Instant.now(), CurrentStaff.actor()));
        audit.record(AuditEntry.success(Business.PLATFORM, "住登外者の付番", number, "CREATE"));
        return person;
    }

    /** The residents proposed as the same person as 住登外者 {@code atenabango}. */
    @Transactional(readOnly = true)
    List<String> mergeProposals(String atenabango) {
        return jdbc.sql("SELECT resident_atenabango FROM addressee.merge_proposal WHERE tenant_code = :t"
                        + " AND non_resident_atenabango = :a ORDER BY proposed_at")
                .param("t", TenantContext.require())
                .param("a", atenabango)
                .query(String.class)
                .list();
    }

    /**
     * Records that a resident who moved in may be 住登外者 already numbered. Runs in the transaction of the platform's
     * inbox, begun inside the event's tenant ({@link ResidentEventsListener}).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void proposeMerges(String residentAtenabango) {
        registry.findCurrent(residentAtenabango).ifPresent(r -> {
            String name = SearchNormalizer.normalize(r.shimei());
            String kana = SearchNormalizer.normalize(r.furigana());
            BirthDateRange born = range(r);
            for (NonResident n : nonResidents.candidates(name, kana, born, null)) {
                List<String> reasons = reasons(name, kana, born, null, n.shimei, n.shimeiFurigana, range(n), null);
                if (!reasons.isEmpty()) {
                    jdbc.sql("INSERT INTO addressee.merge_proposal VALUES (:t, :n, :r, :reason, now())"
                                    + " ON CONFLICT DO NOTHING")
                            .param("t", TenantContext.require())
                            .param("n", n.atenabango)
                            .param("r", residentAtenabango)
                            .param("reason", reasons.get(0))
                            .update();
                }
            }
        });
    }

    /** The days a resident's recorded birth date may stand for. */
    private static BirthDateRange range(ResidentSnapshot r) {
        return BirthDateRange.of(r.birthDate(), r.birthDateFusho());
    }

    /** The days a 住登外者's recorded birth date may stand for; none when not recorded. */
    private static @Nullable BirthDateRange range(NonResident n) {
        return n.seinengappi == null ? null : BirthDateRange.of(n.seinengappi, n.seinengappiFusho);
    }

    static Addressee fromResident(ResidentSnapshot r) {
        return new Addressee(
                r.atenabango(),
                true,
                r.shimei(),
                r.furigana(),
                r.birthDate(),
                r.birthDateFusho(),
                r.sex(),
                r.address() == null ? null : r.address().oneLine());
    }
}
