package jp.kikan.migration.residentregistry.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.time.Era;
import jp.kikan.platform.time.WarekiDate;
import org.jspecify.annotations.Nullable;

/**
 * The synthetic population of 東京都若葉市, generated household by household (constant memory): members with 続柄,
 * their 異動履歴 (転入, 出生, 転居, 世帯合併), then 住登外者; with the faults of {@link GeneratorOptions} injected and the
 * expected problems attached to each record. Population and faults draw from separate random streams, so the same seed
 * gives the same people whatever the fault shares.
 */
final class SyntheticCity {

    /** The day the synthetic data describes. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 4, 1);

    static final String CITY_CODE = "139998";

    private static final LocalDate EARLIEST_MOVE = LocalDate.of(1970, 1, 1);
    private static final FaultKind[] PERSON_FAULTS = {
        FaultKind.BAD_CHECK_DIGIT,
        FaultKind.UNMAPPED_GAIJI,
        FaultKind.DUPLICATE_PERSON,
        FaultKind.SUSPECTED_DUPLICATE,
        FaultKind.IMPOSSIBLE_DATE,
        FaultKind.UNKNOWN_ZOKUGARA,
        FaultKind.MALFORMED_BYTES,
        FaultKind.MISSING_HOUSEHOLD
    };

    /** A household as written: the 世帯 record, its residents and their history rows. */
    record Bundle(GeneratedRecord household, List<GeneratedRecord> residents, List<GeneratedRecord> history) {}

    private final GeneratorOptions options;
    private final Random random;
    private final Random faults;
    private final List<GeneratedRecord> appended = new ArrayList<>();
    private int persons;
    private int households;
    private int orphans;
    private int copies;
    private int missingHouseholds;

    SyntheticCity(GeneratorOptions options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.faults = new Random(options.seed() * 31 + 7);
    }

    /** Generates households until the residents are reached. */
    void households(Consumer<Bundle> out) {
        while (persons < options.residents()) {
            out.accept(household());
        }
    }

    /** The residents appended after all households: the copies made by duplicate faults. */
    List<GeneratedRecord> appendedResidents() {
        return appended;
    }

    /** 住登外者: one for every twenty residents. */
    void nonResidents(Consumer<GeneratedRecord> out) {
        int count = Math.max(1, options.residents() / 20);
        for (int i = 1; i <= count; i++) {
            out.accept(nonResident(i));
        }
    }

    /** A member being built. */
    private static final class Member {
        String[] given = new String[2];
        boolean male;
        LocalDate birth = REFERENCE;
        boolean fushoBirth;
        String zokugara = "";
        int index;
        final List<GeneratedRecord> history = new ArrayList<>();
    }

    private Bundle household() {
        int h = ++households;
        String setaibango = String.format("%015d", 500000 + h);
        SyntheticNames.Nationality nationality = random.nextInt(100) < 3
                ? SyntheticNames.NATIONALITIES[random.nextInt(SyntheticNames.NATIONALITIES.length)]
                : null;
        String[] family = nationality != null ? pick(nationality.family()) : pick(SyntheticNames.FAMILY);
        String[] town = SyntheticNames.TOWNS[h % SyntheticNames.TOWNS.length];
        int k = h / SyntheticNames.TOWNS.length;
        String banchi = fullWidth((1 + k / 30) + "番" + (1 + k % 30) + "号");
        String katagaki = random.nextInt(4) == 0
                ? fullWidth("若葉ハイツ" + (101 + random.nextInt(5) * 100 + random.nextInt(4)) + "号室")
                : null;
        String honseki = SyntheticNames.HONSEKI[random.nextInt(SyntheticNames.HONSEKI.length)];

        List<Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int headAge = 20 + random.nextInt(66);
        boolean headMale = random.nextInt(3) != 0;
        Member head = member(
                nationality, headMale, REFERENCE.minusYears(headAge).minusDays(random.nextInt(365)), "01", names);
        members.add(head);
        if (headAge < 75 && random.nextInt(10) < 7) {
            LocalDate birth = head.birth.plusDays(random.nextInt(2000) - 1000);
            if (birth.isAfter(REFERENCE.minusYears(18))) {
                birth = REFERENCE.minusYears(18).minusDays(random.nextInt(300));
            }
            members.add(member(nationality, !headMale, birth, headMale ? "02" : "03", names));
        }
        if (headAge < 60) {
            int children = random.nextInt(4);
            for (int c = 0; c < children; c++) {
                LocalDate birth = head.birth.plusYears(22 + random.nextInt(15)).plusDays(random.nextInt(365));
                if (birth.isBefore(REFERENCE)) {
                    members.add(member(nationality, random.nextBoolean(), birth, "04", names));
                }
            }
        }
        Member mother = null;
        if (headAge < 55 && random.nextInt(8) == 0) {
            mother = member(nationality, false, head.birth.minusYears(28 + random.nextInt(6)), "06", names);
            members.add(mother);
        }
        for (Member m : members) {
            if (m.birth.getYear() < 1946 && random.nextInt(50) == 0) {
                m.fushoBirth = true;
            }
        }

        LocalDate latestAdult = head.birth;
        for (Member m : members) {
            if (!"04".equals(m.zokugara) && m.birth.isAfter(latestAdult)) {
                latestAdult = m.birth;
            }
        }
        LocalDate hi = REFERENCE.minusDays(10);
        LocalDate lo = latestAdult.plusYears(18);
        lo = lo.isBefore(EARLIEST_MOVE) ? EARLIEST_MOVE : lo;
        lo = lo.isAfter(hi) ? hi : lo;
        LocalDate movedIn = between(lo, hi);
        LocalDate moved = null;
        if (random.nextInt(5) == 0 && movedIn.isBefore(REFERENCE.minusDays(90))) {
            moved = between(movedIn.plusDays(30), hi);
        }
        String current = "東京都若葉市" + town[1] + banchi + (katagaki == null ? "" : katagaki);
        String[] oldTown = SyntheticNames.TOWNS[(h + 3) % SyntheticNames.TOWNS.length];
        String old = "東京都若葉市" + oldTown[1] + fullWidth((1 + k / 30) + "番" + (31 + k % 30) + "号");
        String[] from = SyntheticNames.ELSEWHERE[random.nextInt(SyntheticNames.ELSEWHERE.length)];
        String previous = from[1]
                + from[2]
                + from[3]
                + fullWidth((1 + random.nextInt(9)) + "丁目" + (1 + random.nextInt(20)) + "番" + (1 + random.nextInt(20))
                        + "号");

        List<GeneratedRecord> residents = new ArrayList<>();
        List<GeneratedRecord> history = new ArrayList<>();
        String hittosha = family[0] + "　" + head.given[0];
        for (Member m : members) {
            m.index = ++persons;
            String atenabango = String.format("%015d", 100000 + m.index);
            LocalDate birth = m.birth;
            boolean merged = m == mother && random.nextBoolean();
            LocalDate joined =
                    merged ? between(movedIn.plusDays(1).isAfter(hi) ? hi : movedIn.plusDays(1), hi) : movedIn;
            List<Object[]> events = new ArrayList<>();
            String addressAtStart = moved != null && birth.isBefore(moved) ? old : current;
            if (birth.isBefore(movedIn)) {
                events.add(new Object[] {
                    "01", movedIn, previous, moved != null ? old : current, null, merged ? "other" : setaibango
                });
            } else {
                events.add(new Object[] {"10", birth, null, addressAtStart, null, setaibango});
            }
            if (merged) {
                events.add(new Object[] {"07", joined, null, null, "other", setaibango});
            }
            LocalDate first = (LocalDate) events.get(0)[1];
            if (moved != null && first.isBefore(moved)) {
                events.add(new Object[] {"03", moved, old, current, null, null});
            }
            events.sort((a, b) -> ((LocalDate) a[1]).compareTo((LocalDate) b[1]));
            String otherHousehold = String.format("%015d", 600000 + h);
            LocalDate jutei = first;
            int rireki = 0;
            for (Object[] e : events) {
                String jiyu = (String) e[0];
                LocalDate date = (LocalDate) e[1];
                if (!"07".equals(jiyu)) {
                    jutei = date;
                }
                LocalDate todokede = min(date.plusDays(random.nextInt(14)), REFERENCE);
                GeneratedRecord row = new GeneratedRecord(DataGroup.IDORIREKI)
                        .put("atenabango", atenabango)
                        .put("rirekibango", Integer.toString(++rireki))
                        .put("idojiyu", new GeneratedRecord.Code("idojiyu", jiyu))
                        .put("idoymd", date)
                        .put("todokedeymd", todokede)
                        .put("shoriymd", todokede)
                        .put("idomae_jusho", e[2])
                        .put("idogo_jusho", e[3])
                        .put("idomae_setaibango", "other".equals(e[4]) ? otherHousehold : null)
                        .put("idogo_setaibango", "other".equals(e[5]) ? otherHousehold : (String) e[5]);
                m.history.add(row);
            }
            String shimei = family[0] + "　" + m.given[0];
            GeneratedRecord r = new GeneratedRecord(DataGroup.JUMIN)
                    .put("atenabango", atenabango)
                    .put("juminhyokodo", random.nextInt(50) == 0 ? null : residentCode(m.index))
                    .put("kojinbango", random.nextInt(50) == 0 ? null : myNumber(m.index))
                    .put("jumin_shubetsu", new GeneratedRecord.Code("jumin-shubetsu", nationality == null ? "1" : "2"))
                    .put("shimei", shimei)
                    .put("shimei_furigana", family[1] + "　" + m.given[1])
                    .put("seinengappi", m.fushoBirth ? fusho(birth) : birth)
                    .put("seibetsu", new GeneratedRecord.Code("seibetsu", m.male ? "1" : "2"))
                    .put("setaibango", setaibango)
                    .put("zokugara", new GeneratedRecord.Code("zokugara", m.zokugara))
                    .put("setainushifuragu", new GeneratedRecord.Code("flag", m == head ? "1" : "0"))
                    .put("juminninatta_ymd", first)
                    .put("jutei_ymd", jutei)
                    .put("jusho_shikuchosonkodo", CITY_CODE)
                    .put("jusho_choazakodo", town[0])
                    .put("jusho_todofuken", "東京都")
                    .put("jusho_shikugunchosonmei", "若葉市")
                    .put("jusho_choaza", town[1])
                    .put("jusho_banchigohyoki", banchi)
                    .put("jusho_katagaki", katagaki)
                    .put("jusho_yubinbango", town[2])
                    .put("honseki", nationality == null ? honseki : null)
                    .put("hittosha", nationality == null ? hittosha : null)
                    .put("kokuseki", nationality == null ? null : nationality.name())
                    .put(
                            "zairyushikaku",
                            nationality == null
                                    ? null
                                    : SyntheticNames.STATUSES[random.nextInt(SyntheticNames.STATUSES.length)]);
            residents.add(r);
            if (m != head) {
                injectPersonFault(r, m, nationality);
            }
            history.addAll(m.history);
        }
        GeneratedRecord household = new GeneratedRecord(DataGroup.SETAI)
                .put("setaibango", setaibango)
                .put("setainushi_atenabango", String.format("%015d", 100000 + head.index));
        return new Bundle(household, residents, history);
    }

    private void injectPersonFault(GeneratedRecord r, Member m, SyntheticNames.@Nullable Nationality nationality) {
        double draw = faults.nextDouble();
        double cumulative = 0;
        FaultKind fault = null;
        for (FaultKind kind : PERSON_FAULTS) {
            cumulative += options.share(kind);
            if (draw < cumulative) {
                fault = kind;
                break;
            }
        }
        if (fault == null) {
            for (GeneratedRecord row : m.history) {
                if (faults.nextDouble() < options.share(FaultKind.ORPHAN_HISTORY)) {
                    row.put("atenabango", String.format("%015d", 700000000000000L + ++orphans));
                    row.expect(FaultKind.ORPHAN_HISTORY);
                }
            }
            return;
        }
        switch (fault) {
            case BAD_CHECK_DIGIT -> {
                String valid = myNumber(m.index);
                r.put("kojinbango", valid.substring(0, 11) + (char) ('0' + (valid.charAt(11) - '0' + 1) % 10));
                r.expect(fault);
            }
            case UNMAPPED_GAIJI -> {
                String shimei = r.text("shimei");
                int space = shimei.indexOf('　');
                char gaiji = (char) (0xE100 + faults.nextInt(0x100));
                r.put("shimei", shimei.substring(0, space + 1) + gaiji + shimei.substring(space + 2));
                r.expect(fault);
            }
            case MALFORMED_BYTES -> {
                r.put("shimei", "\uFFFF" + r.text("shimei"));
                r.expect(fault);
            }
            case IMPOSSIBLE_DATE -> {
                if (!m.fushoBirth && faults.nextBoolean()) {
                    WarekiDate w = WarekiDate.of(m.birth);
                    r.put("seinengappi", new GeneratedRecord.BadDate(w.era(), w.year(), 2, 30));
                    r.expect(fault);
                } else {
                    r.put("seinengappi", new GeneratedRecord.BadDate(Era.HEISEI, 31, 5, 1));
                    r.expect(fault.id(), "wareki-out-of-era", fault.field());
                }
            }
            case UNKNOWN_ZOKUGARA -> {
                r.put("zokugara", "99");
                r.expect(fault);
            }
            case MISSING_HOUSEHOLD -> {
                r.put("setaibango", String.format("%015d", 400000000 + ++missingHouseholds));
                r.expect(fault);
            }
            case DUPLICATE_PERSON -> {
                GeneratedRecord other = r.copy()
                        .put("juminhyokodo", null)
                        .put("kojinbango", null)
                        .put("shimei", otherName(r.text("shimei"), nationality))
                        .put("shimei_furigana", null)
                        .put("seinengappi", m.birth.minusDays(400 + faults.nextInt(4000)))
                        .put("zokugara", new GeneratedRecord.Code("zokugara", "90"));
                r.expect(fault);
                other.expect(fault);
                appended.add(other);
            }
            case SUSPECTED_DUPLICATE -> {
                GeneratedRecord same = r.copy()
                        .put("atenabango", String.format("%015d", 300000000000000L + ++copies))
                        .put("juminhyokodo", null)
                        .put("kojinbango", null);
                r.expect(fault);
                same.expect(fault);
                appended.add(same);
            }
            case ORPHAN_HISTORY -> throw new IllegalStateException("not a person fault");
        }
        for (GeneratedRecord row : m.history) {
            row.expect("parent-rejected", "parent-rejected", "atenabango");
        }
    }

    private GeneratedRecord nonResident(int i) {
        int index = ++persons;
        boolean male = random.nextBoolean();
        String[] family = pick(SyntheticNames.FAMILY);
        String[] given = pick(male ? SyntheticNames.MALE : SyntheticNames.FEMALE);
        LocalDate birth = REFERENCE.minusYears(20 + random.nextInt(70)).minusDays(random.nextInt(365));
        GeneratedRecord r = new GeneratedRecord(DataGroup.JUTOGAISHA)
                .put("atenabango", String.format("%015d", 800000000000000L + i))
                .put("kojinbango", random.nextInt(5) == 0 ? null : myNumber(index))
                .put("shimei", family[0] + "　" + given[0])
                .put("shimei_furigana", family[1] + "　" + given[1])
                .put("seinengappi", birth)
                .put("seibetsu", new GeneratedRecord.Code("seibetsu", male ? "1" : "2"));
        if (random.nextInt(100) < 85) {
            String[] place = SyntheticNames.ELSEWHERE[i % SyntheticNames.ELSEWHERE.length];
            int k = i / SyntheticNames.ELSEWHERE.length;
            r.put(
                            "jusho_shikuchosonkodo",
                            LocalGovernmentCode.fromFiveDigits(place[0]).value())
                    .put("jusho_todofuken", place[1])
                    .put("jusho_shikugunchosonmei", place[2])
                    .put("jusho_choaza", place[3])
                    .put("jusho_banchigohyoki", fullWidth((1 + k / 40) + "番" + (1 + k % 40) + "号"));
        } else {
            String[] abroad = SyntheticNames.ABROAD[i % SyntheticNames.ABROAD.length];
            r.put("jusho_kokumeikodo", abroad[0])
                    .put("jusho_kokumeito", abroad[1])
                    .put("jusho_kokugaijusho", abroad[2] + fullWidth("－" + i));
        }
        return r;
    }

    private Member member(
            SyntheticNames.@Nullable Nationality nationality,
            boolean male,
            LocalDate birth,
            String zokugara,
            Set<String> usedNames) {
        Member m = new Member();
        m.male = male;
        m.birth = birth;
        m.zokugara = zokugara;
        String[][] pool = nationality != null
                ? (male ? nationality.male() : nationality.female())
                : (male ? SyntheticNames.MALE : SyntheticNames.FEMALE);
        String[] given = pick(pool);
        for (int tries = 0; tries < 20 && usedNames.contains(given[0]); tries++) {
            given = pick(pool);
        }
        if (usedNames.contains(given[0])) {
            m.birth = birth.minusDays(1 + random.nextInt(100));
        }
        usedNames.add(given[0]);
        m.given = given;
        return m;
    }

    private String otherName(String shimei, SyntheticNames.@Nullable Nationality nationality) {
        String[][] pool = nationality != null ? nationality.family() : SyntheticNames.FAMILY;
        String family = shimei.substring(0, shimei.indexOf('　'));
        String[] other = pool[faults.nextInt(pool.length)];
        while (other[0].equals(family)) {
            other = pool[faults.nextInt(pool.length)];
        }
        return other[0] + shimei.substring(shimei.indexOf('　'));
    }

    private static LegacyDate fusho(LocalDate birth) {
        WarekiDate w = WarekiDate.of(birth.withDayOfYear(1));
        return new LegacyDate(birth.getYear(), 0, 0, w.era().name() + (w.year() == 1 ? "元" : w.year()) + "年不詳");
    }

    private String[] pick(String[][] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private LocalDate between(LocalDate lo, LocalDate hi) {
        long days = ChronoUnit.DAYS.between(lo, hi);
        return days <= 0 ? lo : lo.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A valid 個人番号 unique to the person index (a bijective scramble of the index, then the check digit). */
    static String myNumber(int index) {
        String body = String.format("%011d", Math.floorMod(index * 7_919_813L + 12_345_678_901L, 100_000_000_000L));
        for (char d = '0'; d <= '9'; d++) {
            if (MyNumber.isValid(body + d)) {
                return body + d;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** An 11-digit 住民票コード unique to the person index. */
    static String residentCode(int index) {
        return String.format("%011d", Math.floorMod(index * 3_214_567L + 98_765_432_109L, 100_000_000_000L));
    }

    /** ASCII digits to full-width (the standard's N items). */
    static String fullWidth(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return s.toString();
    }
}
