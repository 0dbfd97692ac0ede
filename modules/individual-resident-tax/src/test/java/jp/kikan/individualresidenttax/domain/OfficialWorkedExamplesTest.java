package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Fixtures.R7;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.platform.parameter.DatedValue;
import jp.kikan.platform.parameter.LegalParameters;
import org.junit.jupiter.api.Test;

/**
 * Worked examples published by municipalities, reproduced to the yen. Each test names the page; the figures the page
 * shows are asserted as the page has them, and any figure past what could be read is marked as derived from the
 * provisions. Both pages are of 令和7年度; the municipalities' ordinance values (超過課税, 減税) are set as tenant
 * overrides with the ordinance named.
 */
class OfficialWorkedExamplesTest {

    static final Municipality YOKOHAMA = new Municipality("141003", true, LivingStandardGrade.GRADE_1);
    static final Municipality NAGOYA = new Municipality("231002", true, LivingStandardGrade.GRADE_1);

    static final Map<String, Map<String, DatedValue>> ORDINANCES = Map.of(
            YOKOHAMA.tenantCode(),
            Map.of(
                    "income-levy.rate.designated-city.prefectural",
                    DatedValue.from(LocalDate.of(2025, 1, 1), "0.02025", "神奈川県県税条例（水源環境保全税、所得割 0.025%）"),
                    "per-capita.prefectural",
                    DatedValue.from(LocalDate.of(2025, 1, 1), "1300", "神奈川県県税条例（水源環境保全税 300円）"),
                    "per-capita.municipal",
                    DatedValue.from(LocalDate.of(2025, 1, 1), "3900", "横浜市市税条例（横浜みどり税 900円）")),
            NAGOYA.tenantCode(),
            Map.of(
                    "income-levy.rate.designated-city.municipal",
                    DatedValue.from(LocalDate.of(2025, 1, 1), "0.077", "名古屋市市税条例（市民税減税）")));

    static final ResidentTaxCalculator CALCULATOR = new ResidentTaxCalculator(LegalParameters.fromClasspath(
            OfficialWorkedExamplesTest.class.getClassLoader(),
            (tenant, module, key, date) -> Optional.ofNullable(
                    ORDINANCES.getOrDefault(tenant, Map.of()).get(key))));

    /**
     * 横浜市「令和7年度市民税・県民税・森林環境税の計算(例)」, Aさん (夫婦で一方は無収入, 子 17歳・13歳, 給与 5,500,000円,
     * 社会保険料 394,800円, 一般生命保険料 (新契約) 90,000円, 地震保険料 20,000円):
     * https://www.city.yokohama.lg.jp/kurashi/koseki-zei-hoken/zeikin/y-shizei/kojin-shiminzei-kenminzei/kojin-shiminzei-shosai/kojinkeisan.html
     *
     * <p>Read on the page: 給与所得 3,960,000; 社会保険料 394,800, 生命保険料 28,000, 地震保険料 10,000, 配偶者 330,000,
     * 扶養 330,000, 基礎 430,000, 控除計 1,522,800; 課税標準 2,437,000; 市 算出所得割 194,960 (8%); 県 49,349 (2.025%, 1円未満
     * 切捨); 調整控除 in the 200万超 branch with the 5万円 floor. Derived from the provisions past the part of the page
     * read: 調整控除 50,000 × 4% = 2,000 and × 1% = 500; 所得割 192,900 and 48,800; 均等割 3,900 + 1,300; 森林環境税 1,000.
     */
    @Test
    void yokohamaReiwa7SalaryEarnerWithSpouseAndTwoChildren() {
        TaxpayerFacts facts = TaxpayerFacts.salaryEarner(YOKOHAMA, LocalDate.of(1980, 4, 1), 5_500_000, 394_800)
                .withInsurance(new InsurancePremiums(90_000, 0, 0, 0, 0, 20_000, 0))
                .withSpouse(Relative.of(LocalDate.of(1982, 4, 1), 0))
                .withRelatives(
                        List.of(Relative.of(LocalDate.of(2007, 6, 1), 0), Relative.of(LocalDate.of(2011, 6, 1), 0)));
        ResidentTaxAssessment a = CALCULATOR.calculate(facts, R7);

        assertThat(a.salaryIncome()).isEqualTo(3_960_000);
        assertThat(a.deductions().items())
                .extracting(Step::term, Step::amount)
                .contains(
                        org.assertj.core.api.Assertions.tuple("社会保険料控除", 394_800L),
                        org.assertj.core.api.Assertions.tuple("生命保険料控除", 28_000L),
                        org.assertj.core.api.Assertions.tuple("地震保険料控除", 10_000L),
                        org.assertj.core.api.Assertions.tuple("配偶者控除", 330_000L),
                        org.assertj.core.api.Assertions.tuple("扶養控除（扶養親族1）", 330_000L),
                        org.assertj.core.api.Assertions.tuple("基礎控除", 430_000L));
        assertThat(a.deductions().total()).isEqualTo(1_522_800);
        assertThat(a.taxableIncome()).isEqualTo(2_437_000);
        assertThat(a.municipalLevyBeforeCredits()).isEqualTo(194_960);
        assertThat(a.prefecturalLevyBeforeCredits()).isEqualTo(49_349);
        assertThat(a.step("調整控除の基礎となる額").amount()).isEqualTo(50_000);
        // derived from the provisions (see the Javadoc)
        assertThat(a.municipalAdjustment()).isEqualTo(2_000);
        assertThat(a.prefecturalAdjustment()).isEqualTo(500);
        assertThat(a.municipalIncomeLevy()).isEqualTo(192_900);
        assertThat(a.prefecturalIncomeLevy()).isEqualTo(48_800);
        assertThat(a.municipalPerCapita()).isEqualTo(3_900);
        assertThat(a.prefecturalPerCapita()).isEqualTo(1_300);
        assertThat(a.total()).isEqualTo(247_900);
    }

    /**
     * 名古屋市「市民税・県民税の計算例」(令和7年度; 夫婦子ども3人 (19歳・16歳・12歳), 給与 5,505,000円, 社会保険料 825,600円,
     * 旧契約の一般生命保険料 80,000円): https://www.city.nagoya.jp/kurashi/zeikin/1037356/1011880/1011883/1011891.html
     *
     * <p>Read on the page: 5,505,000 ÷ 4,000 = 1,376 → 5,504,000 × 80% − 440,000 = 給与所得 3,963,200; 社会保険料 825,600,
     * 生命保険料 35,000, 配偶者 330,000, 扶養 780,000 (450,000 + 330,000 + 0), 基礎 430,000, 計 2,400,600; 課税総所得金額
     * 1,562,000; 市民税 算出所得割 1,562,000 × 7.7% = 120,274. The page's later steps could not be read, so nothing after
     * them is asserted.
     */
    @Test
    void nagoyaReiwa7FourThousandYenStepAndOldLifeInsurance() {
        TaxpayerFacts facts = TaxpayerFacts.salaryEarner(NAGOYA, LocalDate.of(1978, 9, 1), 5_505_000, 825_600)
                .withInsurance(new InsurancePremiums(0, 80_000, 0, 0, 0, 0, 0))
                .withSpouse(Relative.of(LocalDate.of(1980, 9, 1), 0))
                .withRelatives(List.of(
                        Relative.of(LocalDate.of(2005, 6, 1), 0),
                        Relative.of(LocalDate.of(2008, 6, 1), 0),
                        Relative.of(LocalDate.of(2012, 6, 1), 0)));
        ResidentTaxAssessment a = CALCULATOR.calculate(facts, R7);

        assertThat(a.salaryIncome()).isEqualTo(3_963_200);
        assertThat(a.step("給与所得").rule()).contains("5,504,000円");
        assertThat(a.step("生命保険料控除").amount()).isEqualTo(35_000);
        long dependants = a.deductions().items().stream()
                .filter(s -> s.term().startsWith("扶養控除"))
                .mapToLong(Step::amount)
                .sum();
        assertThat(dependants).isEqualTo(780_000);
        assertThat(a.deductions().total()).isEqualTo(2_400_600);
        assertThat(a.taxableIncome()).isEqualTo(1_562_000);
        assertThat(a.municipalLevyBeforeCredits()).isEqualTo(120_274);
    }
}
