package jp.kikan.residentregistry.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.residentregistry.internal.DemoResidents;
import jp.kikan.residentregistry.internal.ResidentRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo municipality 東京都若葉市 (fictional; 団体コード {@value #CODE}: prefecture 13, municipality part 999,
 * which no real municipality uses; the check digit is valid): a few hundred residents in households, generated deterministically,
 * loaded at start when {@code kikan.demo.enabled=true} and the city has no residents yet. All names and
 * addresses are invented.
 */
@Component
@ConditionalOnProperty(name = "kikan.demo.enabled", havingValue = "true")
class DemoMunicipality implements ApplicationRunner {

    static final String CODE = "139998";
    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    private static final String[][] FAMILY = {
        {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
        {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"清水", "シミズ"}, {"髙橋", "タカハシ"},
        {"齋藤", "サイトウ"}, {"渡邊", "ワタナベ"}, {"石川", "イシカワ"}, {"前田", "マエダ"}
    };
    private static final String[][] MALE = {
        {"太郎", "タロウ"}, {"健太", "ケンタ"}, {"翔", "ショウ"}, {"大輔", "ダイスケ"}, {"誠", "マコト"},
        {"蓮", "レン"}, {"悠真", "ユウマ"}, {"陽翔", "ハルト"}, {"浩二", "コウジ"}, {"一郎", "イチロウ"}
    };
    private static final String[][] FEMALE = {
        {"花子", "ハナコ"}, {"陽子", "ヨウコ"}, {"美咲", "ミサキ"}, {"結衣", "ユイ"}, {"さくら", "サクラ"},
        {"葵", "アオイ"}, {"陽菜", "ヒナ"}, {"恵子", "ケイコ"}, {"由美", "ユミ"}, {"愛", "アイ"}
    };
    /** 町字 of the demo city with invented 町字コード. */
    private static final String[][] TOWNS = {
        {"0001001", "中央一丁目"}, {"0001002", "中央二丁目"}, {"0002000", "本町"}, {"0003000", "緑町"},
        {"0004003", "桜ヶ丘三丁目"}, {"0005000", "若葉台"}, {"0006001", "港南一丁目"}, {"0007000", "大字東原"}
    };

    private final TenantDirectory tenants;
    private final DemoResidents residents;

    DemoMunicipality(TenantDirectory tenants, DemoResidents residents) {
        this.tenants = tenants;
        this.residents = residents;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.register(CODE, "若葉市", "ワカバシ");
        TenantContext.runAs(CODE, () -> {
            if (residents.count() > 0) {
                log.info("Demo municipality 若葉市 ({}) already has residents; nothing loaded", CODE);
                return;
            }
            List<ResidentRecord> generated = generate(new Random(2026), 130);
            residents.saveAll(generated);
            log.info("Demo municipality 若葉市 ({}) loaded: {} residents", CODE, generated.size());
        });
    }

    static List<ResidentRecord> generate(Random random, int households) {
        List<ResidentRecord> out = new java.util.ArrayList<>();
        Instant now = Instant.now();
        int person = 0;
        for (int h = 1; h <= households; h++) {
            String setaibango = String.format("%015d", 500000 + h);
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            String[] town = TOWNS[random.nextInt(TOWNS.length)];
            String banchi = (1 + random.nextInt(30)) + "番" + (1 + random.nextInt(20)) + "号";
            String katagaki = random.nextInt(4) == 0
                    ? "若葉ハイツ" + (101 + random.nextInt(5) * 100 + random.nextInt(4)) + "号室"
                    : null;
            LocalDate movedIn = LocalDate.of(1990 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int headAge = 25 + random.nextInt(55);
            LocalDate headBirth = LocalDate.of(2026 - headAge, 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean headMale = random.nextInt(3) != 0;
            out.add(person(
                    ++person,
                    family,
                    headMale,
                    headBirth,
                    setaibango,
                    "世帯主",
                    true,
                    town,
                    banchi,
                    katagaki,
                    movedIn,
                    random));
            if (headAge < 75 && random.nextInt(10) < 7) {
                LocalDate spouseBirth = headBirth.plusDays(random.nextInt(2000) - 1000);
                out.add(person(
                        ++person,
                        family,
                        !headMale,
                        spouseBirth,
                        setaibango,
                        headMale ? "妻" : "夫",
                        false,
                        town,
                        banchi,
                        katagaki,
                        movedIn,
                        random));
            }
            if (headAge < 60) {
                int children = random.nextInt(4);
                for (int c = 0; c < children; c++) {
                    LocalDate childBirth =
                            headBirth.plusYears(22 + random.nextInt(15)).plusDays(random.nextInt(365));
                    if (childBirth.isAfter(LocalDate.of(2026, 10, 31))) {
                        continue;
                    }
                    out.add(person(
                            ++person,
                            family,
                            random.nextBoolean(),
                            childBirth,
                            setaibango,
                            "子",
                            false,
                            town,
                            banchi,
                            katagaki,
                            movedIn,
                            random));
                }
            }
            if (headAge < 55 && random.nextInt(8) == 0) {
                out.add(person(
                        ++person,
                        family,
                        false,
                        headBirth.minusYears(28 + random.nextInt(6)),
                        setaibango,
                        "母",
                        false,
                        town,
                        banchi,
                        katagaki,
                        movedIn,
                        random));
            }
        }
        return out;
    }

    private static ResidentRecord person(
            int number,
            String[] family,
            boolean male,
            LocalDate birth,
            String setaibango,
            String zokugara,
            boolean head,
            String[] town,
            String banchi,
            @Nullable String katagaki,
            LocalDate movedIn,
            Random random) {
        String[] given = (male ? MALE : FEMALE)[random.nextInt(MALE.length)];
        String shimei = family[0] + "　" + given[0];
        String kana = family[1] + "　" + given[1];
        LocalDate since = birth.isAfter(movedIn) ? birth : movedIn;
        return ResidentRecord.first(String.format("%015d", 100000 + number), since, Instant.now())
                .name(shimei, kana)
                .person(birth, male ? "1" : "2")
                .household(setaibango, zokugara, head)
                .address(CODE, town[0], "東京都", "若葉市", town[1], banchi, katagaki, since);
    }
}
