package jp.kikan.app.workload;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Request bodies for writes that never collide: every 転入 enters a person whose 氏名 (and reading) no one else in the
 * tenant has, so the registry's 名寄せ duplicate check (same 氏名・生年月日 as an existing resident) never fires, and
 * every 転居 goes to an address nobody was given before. The given name is katakana spelling a counter after a random
 * marker of this generator, e.g. 「試験　ヌカアイウ」; the family name is one of a few.
 */
public final class UniqueResidents {

    private static final String SYLLABLES = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

    /** A person to enter: 氏名, its reading, 生年月日, 性別 code. */
    public record Person(String shimei, String furigana, LocalDate birthDate, String sex) {}

    private final String[][] families;
    private final String marker;
    private final String tenant;
    private final String prefecture;
    private final String municipality;
    private final AtomicLong people = new AtomicLong();
    private final AtomicLong addresses = new AtomicLong();

    /**
     * @param families     family names as {kanji, katakana}
     * @param tenant       the 団体コード (市区町村コード of the addresses)
     * @param prefecture   都道府県 of the addresses
     * @param municipality 市区町村名 of the addresses
     */
    public UniqueResidents(String[][] families, String tenant, String prefecture, String municipality) {
        this.families = families.clone();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.marker = String.valueOf(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())))
                + SYLLABLES.charAt(random.nextInt(SYLLABLES.length()));
        this.tenant = tenant;
        this.prefecture = prefecture;
        this.municipality = municipality;
    }

    /** The katakana this generator puts first in every given name (to find its persons again). */
    public String marker() {
        return marker;
    }

    /** A person no earlier call returned. */
    public Person next() {
        long n = people.getAndIncrement();
        String[] family = families[(int) (n % families.length)];
        String given = marker + spell(n);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Person(family[0] + "　" + given, family[1] + "　" + given, birth, random.nextBoolean() ? "1" : "2");
    }

    /** The 転入 of {@code person} as head of a new one-person household, on {@code idoymd}, to a fresh address. */
    public String moveIn(Person person, LocalDate idoymd) {
        return """
                {"idoymd":"%s","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号","jusho":%s,
                 "members":[{"shimei":{"shimei":"%s","shimei_furigana":"%s"},"seinengappi":"%s",
                             "seibetsu":"%s","zokugara":"世帯主"}]}""".formatted(
                        idoymd, freshAddress(), person.shimei(), person.furigana(), person.birthDate(), person.sex());
    }

    /** The 転居 of every member of one household, on {@code idoymd}, to a fresh address. */
    public String addressChange(List<String> household, LocalDate idoymd) {
        return """
                {"idoymd":"%s","members":[%s],"jusho":%s}""".formatted(
                idoymd, household.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",")), freshAddress());
    }

    /** 住所 JSON at a 番地 no earlier call gave. */
    private String freshAddress() {
        long n = addresses.incrementAndGet();
        return """
                {"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"%s",
                 "jusho_shikugunchosonmei":"%s","jusho_choaza":"中央一丁目","jusho_banchigohyoki":"%d番%d号"}""".formatted(tenant, prefecture, municipality, 1 + n / 100, 1 + n % 100);
    }

    /** {@code n} in katakana syllables, at least three. */
    private static String spell(long n) {
        StringBuilder out = new StringBuilder();
        long rest = n;
        do {
            out.append(SYLLABLES.charAt((int) (rest % SYLLABLES.length())));
            rest /= SYLLABLES.length();
        } while (rest > 0 || out.length() < 3);
        return out.toString();
    }
}
