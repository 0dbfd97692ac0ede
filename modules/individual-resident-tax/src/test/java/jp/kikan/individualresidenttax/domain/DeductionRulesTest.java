package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Fixtures.PARAMETERS;
import static jp.kikan.individualresidenttax.domain.Fixtures.R7;
import static jp.kikan.individualresidenttax.domain.Fixtures.R8;
import static jp.kikan.individualresidenttax.domain.Fixtures.earner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 所得控除 in their 住民税 amounts (地方税法 第314条の2) and the 人的控除額の差. */
class DeductionRulesTest {

    static final DeductionRules RULES = new DeductionRules(PARAMETERS);
    static final long INCOME = 3_000_000;

    static Deductions of(TaxpayerFacts facts, long totalIncome, TaxYear year) {
        return RULES.deductions(facts, totalIncome, year);
    }

    static long amount(Deductions deductions, String term) {
        return deductions.items().stream()
                .filter(s -> s.term().equals(term))
                .mapToLong(Step::amount)
                .sum();
    }

    static boolean has(Deductions deductions, String term) {
        return deductions.items().stream().anyMatch(s -> s.term().equals(term));
    }

    static TaxpayerFacts withSpouse(long spouseIncome, LocalDate birth) {
        return earner(0, 0).withSpouse(Relative.of(birth, spouseIncome));
    }

    static TaxpayerFacts withRelative(Relative relative) {
        return earner(0, 0).withRelatives(List.of(relative));
    }

    /** Born so as to be {@code age} on 12月31日 2025 (令和8年度). */
    static LocalDate agedR8(int age) {
        return LocalDate.of(2025 - age, 12, 31);
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai2KouKisoKoujo {

        @ParameterizedTest(name = "合計所得 {0} → 基礎控除 {1}")
        @CsvSource({
            "0, 430000",
            "24000000, 430000",
            "24000001, 290000",
            "24500000, 290000",
            "24500001, 150000",
            "25000000, 150000",
            "25000001, 0"
        })
        void basicDeduction(long totalIncome, long expected) {
            Deductions d = of(earner(0, 0), totalIncome, R8);
            assertThat(amount(d, "基礎控除")).isEqualTo(expected);
            assertThat(has(d, "基礎控除")).isEqualTo(expected > 0);
        }

        @Test
        void theBasicDeductionIsTheSameInReiwa7AndReiwa8() {
            assertThat(amount(of(earner(0, 0), INCOME, R7), "基礎控除")).isEqualTo(430_000);
            assertThat(amount(of(earner(0, 0), INCOME, R8), "基礎控除")).isEqualTo(430_000);
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai3GouShakaiHokenryou {

        @Test
        void theWholePremiumIsDeducted() {
            assertThat(amount(of(earner(0, 723_456), INCOME, R8), "社会保険料控除")).isEqualTo(723_456);
            assertThat(has(of(earner(0, 0), INCOME, R8), "社会保険料控除")).isFalse();
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai10GouHaigushaKoujo {

        @Test
        void reiwa8SpouseIncomeLimitIs580000() {
            Deductions at = of(withSpouse(580_000, agedR8(45)), INCOME, R8);
            assertThat(amount(at, "配偶者控除")).isEqualTo(330_000);
            assertThat(at.householdCount()).isEqualTo(1);
            Deductions over = of(withSpouse(580_001, agedR8(45)), INCOME, R8);
            assertThat(has(over, "配偶者控除")).isFalse();
            assertThat(amount(over, "配偶者特別控除")).isEqualTo(330_000);
            assertThat(over.householdCount()).isZero();
        }

        @Test
        void reiwa7SpouseIncomeLimitIs480000() {
            assertThat(amount(of(withSpouse(480_000, agedR8(45)), INCOME, R7), "配偶者控除"))
                    .isEqualTo(330_000);
            Deductions over = of(withSpouse(480_001, agedR8(45)), INCOME, R7);
            assertThat(amount(over, "配偶者特別控除")).isEqualTo(330_000);
            assertThat(over.householdCount()).isZero();
        }

        @Test
        void elderlySpouseAt70On31December() {
            assertThat(amount(of(withSpouse(0, LocalDate.of(1956, 1, 1)), INCOME, R8), "配偶者控除"))
                    .isEqualTo(380_000);
            assertThat(amount(of(withSpouse(0, LocalDate.of(1956, 1, 2)), INCOME, R8), "配偶者控除"))
                    .isEqualTo(330_000);
        }

        @ParameterizedTest(name = "本人の合計所得 {0} → 配偶者控除 {1} / 老人 {2}")
        @CsvSource({
            "9000000, 330000, 380000",
            "9000001, 220000, 260000",
            "9500000, 220000, 260000",
            "9500001, 110000, 130000",
            "10000000, 110000, 130000",
            "10000001, 0, 0"
        })
        void taxpayerIncomeTiers(long taxpayerIncome, long general, long elderly) {
            Deductions d = of(withSpouse(0, agedR8(45)), taxpayerIncome, R8);
            assertThat(amount(d, "配偶者控除")).isEqualTo(general);
            assertThat(amount(of(withSpouse(0, agedR8(70)), taxpayerIncome, R8), "配偶者控除"))
                    .isEqualTo(elderly);
            assertThat(d.householdCount())
                    .as("同一生計配偶者 whatever the taxpayer's income")
                    .isEqualTo(1);
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai10Gou2HaigushaTokubetsuKoujo {

        @ParameterizedTest(name = "配偶者の合計所得 {0} → {1} / {2} / {3}")
        @CsvSource({
            "1000000, 330000, 220000, 110000",
            "1000001, 310000, 210000, 110000",
            "1050001, 260000, 180000, 90000",
            "1100001, 210000, 140000, 70000",
            "1150001, 160000, 110000, 60000",
            "1200001, 110000, 80000, 40000",
            "1250001, 60000, 40000, 20000",
            "1300001, 30000, 20000, 10000",
            "1330000, 30000, 20000, 10000",
            "1330001, 0, 0, 0"
        })
        void bandsByTheSpouseAndTheTaxpayer(long spouseIncome, long tier1, long tier2, long tier3) {
            TaxpayerFacts facts = withSpouse(spouseIncome, agedR8(45));
            assertThat(amount(of(facts, 9_000_000, R8), "配偶者特別控除")).isEqualTo(tier1);
            assertThat(amount(of(facts, 9_500_000, R8), "配偶者特別控除")).isEqualTo(tier2);
            assertThat(amount(of(facts, 10_000_000, R8), "配偶者特別控除")).isEqualTo(tier3);
            assertThat(amount(of(facts, 10_000_001, R8), "配偶者特別控除")).isZero();
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai11GouFuyouKoujo {

        @ParameterizedTest(name = "{0}歳 → {1}")
        @CsvSource({
            "15, 0", // 年少扶養親族
            "16, 330000",
            "18, 330000",
            "19, 450000", // 特定扶養親族
            "22, 450000",
            "23, 330000",
            "69, 330000",
            "70, 380000" // 老人扶養親族
        })
        void byAgeOn31December(int age, long expected) {
            Deductions d = of(withRelative(Relative.of(agedR8(age), 0)), INCOME, R8);
            assertThat(amount(d, "扶養控除（扶養親族1）")).isEqualTo(expected);
            assertThat(d.householdCount()).as("年少 included").isEqualTo(1);
        }

        @Test
        void cohabitingLinealAscendantOf70Is450000() {
            Relative parent = new Relative(agedR8(80), 0, Disability.NONE, true);
            assertThat(amount(of(withRelative(parent), INCOME, R8), "扶養控除（扶養親族1）"))
                    .isEqualTo(450_000);
        }

        @Test
        void reiwa8DependantIncomeLimitIs580000AndReiwa7480000() {
            assertThat(of(withRelative(Relative.of(agedR8(30), 580_000)), INCOME, R8)
                            .householdCount())
                    .isEqualTo(1);
            assertThat(of(withRelative(Relative.of(agedR8(30), 580_001)), INCOME, R8)
                            .householdCount())
                    .isZero();
            assertThat(of(withRelative(Relative.of(agedR8(30), 480_000)), INCOME, R7)
                            .householdCount())
                    .isEqualTo(1);
            assertThat(of(withRelative(Relative.of(agedR8(30), 480_001)), INCOME, R7)
                            .householdCount())
                    .isZero();
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai11Gou2TokuteiShinzokuTokubetsuKoujoReiwa8 {

        @ParameterizedTest(name = "19〜22歳 合計所得 {0} → {1}")
        @CsvSource({
            "580001, 450000",
            "950000, 450000",
            "950001, 410000",
            "1000001, 310000",
            "1050001, 210000",
            "1100001, 110000",
            "1150001, 60000",
            "1200001, 30000",
            "1230000, 30000",
            "1230001, 0"
        })
        void bands(long relativeIncome, long expected) {
            Deductions d = of(withRelative(Relative.of(agedR8(20), relativeIncome)), INCOME, R8);
            assertThat(amount(d, "特定親族特別控除（親族1）")).isEqualTo(expected);
            assertThat(d.householdCount()).as("not a 扶養親族").isZero();
        }

        @Test
        void onlyAges19To22() {
            assertThat(has(of(withRelative(Relative.of(agedR8(18), 700_000)), INCOME, R8), "特定親族特別控除（親族1）"))
                    .isFalse();
            assertThat(has(of(withRelative(Relative.of(agedR8(19), 700_000)), INCOME, R8), "特定親族特別控除（親族1）"))
                    .isTrue();
            assertThat(has(of(withRelative(Relative.of(agedR8(22), 700_000)), INCOME, R8), "特定親族特別控除（親族1）"))
                    .isTrue();
            assertThat(has(of(withRelative(Relative.of(agedR8(23), 700_000)), INCOME, R8), "特定親族特別控除（親族1）"))
                    .isFalse();
        }

        @Test
        void notInReiwa7() {
            Deductions d = of(withRelative(Relative.of(agedR8(20), 700_000)), INCOME, R7);
            assertThat(d.items()).extracting(Step::term).noneMatch(t -> t.startsWith("特定親族"));
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai6GouShougaishaKoujo {

        @Test
        void ownDisability() {
            TaxpayerFacts ordinary = earner(0, 0).withStatus(Disability.ORDINARY, FamilyStatus.NONE, false, false);
            TaxpayerFacts special = earner(0, 0).withStatus(Disability.SPECIAL, FamilyStatus.NONE, false, false);
            assertThat(amount(of(ordinary, INCOME, R8), "障害者控除（本人）")).isEqualTo(260_000);
            assertThat(amount(of(special, INCOME, R8), "障害者控除（本人）")).isEqualTo(300_000);
        }

        @Test
        void cohabitingSpeciallyDisabledDependantIncludingAChildUnder16() {
            Relative child = new Relative(agedR8(10), 0, Disability.SPECIAL_COHABITING, false);
            Deductions d = of(withRelative(child), INCOME, R8);
            assertThat(amount(d, "障害者控除（扶養親族1）")).isEqualTo(530_000);
            assertThat(has(d, "扶養控除（扶養親族1）")).isFalse();
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai8GouKafuDai8Gou2HitorioyaDai9GouKinrouGakusei {

        @Test
        void widowAndSingleParentUpTo5MillionOfIncome() {
            TaxpayerFacts widow = earner(0, 0).withStatus(Disability.NONE, FamilyStatus.WIDOW, false, false);
            TaxpayerFacts mother = earner(0, 0).withStatus(Disability.NONE, FamilyStatus.SINGLE_MOTHER, false, false);
            assertThat(amount(of(widow, 5_000_000, R8), "寡婦控除")).isEqualTo(260_000);
            assertThat(has(of(widow, 5_000_001, R8), "寡婦控除")).isFalse();
            assertThat(amount(of(mother, 5_000_000, R8), "ひとり親控除")).isEqualTo(300_000);
            assertThat(has(of(mother, 5_000_001, R8), "ひとり親控除")).isFalse();
        }

        @Test
        void workingStudentLimit850000InReiwa8And750000InReiwa7() {
            TaxpayerFacts student = earner(0, 0).withStatus(Disability.NONE, FamilyStatus.NONE, true, false);
            assertThat(amount(of(student, 850_000, R8), "勤労学生控除")).isEqualTo(260_000);
            assertThat(has(of(student, 850_001, R8), "勤労学生控除")).isFalse();
            assertThat(amount(of(student, 750_000, R7), "勤労学生控除")).isEqualTo(260_000);
            assertThat(has(of(student, 750_001, R7), "勤労学生控除")).isFalse();
        }
    }

    @Nested
    class ChihouzeihouDai314Jou6Dai1GouIJintekiKoujoGakuNoSa {

        @Test
        void eachPersonalDeductionBringsItsDifference() {
            TaxpayerFacts facts = earner(0, 0)
                    .withStatus(Disability.NONE, FamilyStatus.SINGLE_MOTHER, false, false)
                    .withRelatives(List.of(Relative.of(agedR8(20), 0), Relative.of(agedR8(17), 0)));
            Deductions d = of(facts, INCOME, R8);
            assertThat(d.differences())
                    .extracting(Step::term, Step::amount)
                    .containsExactly(
                            tuple("人的控除額の差（扶養・扶養親族1）", 180_000L),
                            tuple("人的控除額の差（扶養・扶養親族2）", 50_000L),
                            tuple("人的控除額の差（ひとり親）", 50_000L),
                            tuple("人的控除額の差（基礎控除）", 50_000L));
            assertThat(d.personalDifference()).isEqualTo(330_000);
            assertThat(d.total()).isEqualTo(450_000 + 330_000 + 300_000 + 430_000);
        }

        @Test
        void spouseDifferenceByTheTaxpayersTierAndSingleFather() {
            TaxpayerFacts father = earner(0, 0).withStatus(Disability.NONE, FamilyStatus.SINGLE_FATHER, false, false);
            assertThat(of(father, INCOME, R8).personalDifference()).isEqualTo(10_000 + 50_000);
            assertThat(of(withSpouse(0, agedR8(45)), 9_000_001, R8).personalDifference())
                    .isEqualTo(40_000 + 50_000);
            assertThat(of(withSpouse(0, agedR8(75)), INCOME, R8).personalDifference())
                    .isEqualTo(100_000 + 50_000);
        }

        @Test
        void reiwa7SpouseSpecialDifferenceBelow550000() {
            assertThat(of(withSpouse(499_999, agedR8(45)), INCOME, R7).personalDifference())
                    .isEqualTo(50_000 + 50_000);
            assertThat(of(withSpouse(500_000, agedR8(45)), INCOME, R7).personalDifference())
                    .isEqualTo(30_000 + 50_000);
            assertThat(of(withSpouse(550_000, agedR8(45)), INCOME, R7).personalDifference())
                    .isEqualTo(50_000);
        }
    }

    @Nested
    class ChihouzeihouDai314Jou2Dai1KouDai5GouSeimeiHokenryouDai5Gou3JishinHokenryou {

        static long life(InsurancePremiums premiums) {
            return amount(of(earner(0, 0).withInsurance(premiums), INCOME, R8), "生命保険料控除");
        }

        static long earthquake(long paid, long oldLongTerm) {
            return amount(
                    of(earner(0, 0).withInsurance(new InsurancePremiums(0, 0, 0, 0, 0, paid, oldLongTerm)), INCOME, R8),
                    "地震保険料控除");
        }

        @ParameterizedTest(name = "新契約 {0} → {1}")
        @CsvSource({
            "12000, 12000",
            "12001, 12001", // 6,000.5 + 6,000 → 12,000.5 → 1円未満切上げ 12,001
            "32000, 22000",
            "32001, 22001", // 8,000.25 + 14,000 → 22,001
            "56000, 28000",
            "56001, 28000",
            "90000, 28000"
        })
        void newContracts(long paid, long expected) {
            assertThat(life(new InsurancePremiums(paid, 0, 0, 0, 0, 0, 0))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "旧契約 {0} → {1}")
        @CsvSource({"15000, 15000", "40000, 27500", "70000, 35000", "70001, 35000", "80000, 35000"})
        void oldContracts(long paid, long expected) {
            assertThat(life(new InsurancePremiums(0, paid, 0, 0, 0, 0, 0))).isEqualTo(expected);
        }

        @Test
        void newAndOldInOneCategoryTakeTheBetterOfOldAloneAndBothCappedAt28000() {
            // 旧 80,000 alone → 35,000 beats min(28,000, 28,000 + 35,000)
            assertThat(life(new InsurancePremiums(90_000, 80_000, 0, 0, 0, 0, 0)))
                    .isEqualTo(35_000);
            // 旧 10,000 → 10,000; 新 10,000 → 10,000: both 20,000 beats 10,000
            assertThat(life(new InsurancePremiums(10_000, 10_000, 0, 0, 0, 0, 0)))
                    .isEqualTo(20_000);
            // 新 30,000 → 21,000; 旧 20,000 → 17,500: both capped at 28,000
            assertThat(life(new InsurancePremiums(30_000, 20_000, 0, 0, 0, 0, 0)))
                    .isEqualTo(28_000);
        }

        @Test
        void theThreeCategoriesTogetherAreCappedAt70000() {
            assertThat(life(new InsurancePremiums(100_000, 0, 100_000, 0, 0, 0, 0)))
                    .isEqualTo(56_000);
            assertThat(life(new InsurancePremiums(100_000, 0, 100_000, 100_000, 0, 0, 0)))
                    .isEqualTo(70_000);
        }

        @Test
        void earthquakeHalfUpTo25000AndOldLongTermTogetherCappedAt25000() {
            assertThat(earthquake(20_000, 0)).isEqualTo(10_000);
            assertThat(earthquake(50_000, 0)).isEqualTo(25_000);
            assertThat(earthquake(50_001, 0)).isEqualTo(25_000);
            assertThat(earthquake(0, 5_000)).isEqualTo(5_000);
            assertThat(earthquake(0, 15_000)).isEqualTo(10_000);
            assertThat(earthquake(0, 15_001)).isEqualTo(10_000);
            assertThat(earthquake(40_000, 15_000)).isEqualTo(25_000);
        }
    }
}
