package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Fixtures.CITY;
import static jp.kikan.individualresidenttax.domain.Fixtures.PARAMETERS;
import static jp.kikan.individualresidenttax.domain.Fixtures.R8;
import static jp.kikan.individualresidenttax.domain.Fixtures.earner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 非課税 (地方税法 第295条, 施行令 第47条の3, 附則第3条の3). */
class ExemptionRulesTest {

    static final ExemptionRules RULES = new ExemptionRules(PARAMETERS);

    static Exemption determine(TaxpayerFacts facts, long income, int household) {
        return RULES.determine(facts, income, income, household, R8);
    }

    static Exemption inGrade(LivingStandardGrade grade, long income, int household) {
        return determine(earner(new Municipality("999993", false, grade), 0, 0), income, household);
    }

    @Nested
    class ChihouzeihouDai295JouDai3KouSekourei47Jou3KintouwariHikazei {

        @ParameterizedTest(name = "{0} {2}人 合計所得 {1}: 均等割非課税 {3}")
        @CsvSource({
            // 1級地: 350,000 × (1 + n) + 100,000 (+ 210,000 with n > 0)
            "GRADE_1, 450000, 0, true",
            "GRADE_1, 450001, 0, false",
            "GRADE_1, 1010000, 1, true",
            "GRADE_1, 1010001, 1, false",
            "GRADE_1, 1360000, 2, true",
            "GRADE_1, 1360001, 2, false",
            // 2級地: 315,000 and 189,000
            "GRADE_2, 415000, 0, true",
            "GRADE_2, 415001, 0, false",
            "GRADE_2, 919000, 1, true",
            "GRADE_2, 919001, 1, false",
            // 3級地: 280,000 and 168,000
            "GRADE_3, 380000, 0, true",
            "GRADE_3, 380001, 0, false",
            "GRADE_3, 828000, 1, true",
            "GRADE_3, 828001, 1, false",
            "GRADE_3, 1108000, 2, true",
            "GRADE_3, 1108001, 2, false"
        })
        void perCapitaLimitByGrade(LivingStandardGrade grade, long income, int household, boolean exempt) {
            Exemption e = inGrade(grade, income, household);
            assertThat(e.perCapitaExempt()).isEqualTo(exempt);
            if (exempt) {
                assertThat(e.incomeLevyExempt()).isTrue();
            }
        }
    }

    @Nested
    class ChihouzeihouFusokuDai3Jou3ShotokuwariHikazei {

        @ParameterizedTest(name = "{1}人 総所得金額等 {0}: 所得割非課税 {2}")
        @CsvSource({
            // 350,000 × (1 + n) + 100,000 (+ 320,000 with n > 0)
            "1010001, 1, true", // 均等割 only
            "1120000, 1, true",
            "1120001, 1, false",
            "1470000, 2, true",
            "1470001, 2, false"
        })
        void incomeLevyLimit(long income, int household, boolean exempt) {
            Exemption e = determine(earner(CITY, 0, 0), income, household);
            assertThat(e.perCapitaExempt()).isFalse();
            assertThat(e.incomeLevyExempt()).isEqualTo(exempt);
        }

        @Test
        void singleLimitIs450000LikeThePerCapitaOne() {
            assertThat(determine(earner(CITY, 0, 0), 450_001, 0).incomeLevyExempt())
                    .isFalse();
        }
    }

    @Nested
    class ChihouzeihouDai295JouDai1Kou {

        @Test
        void dai1GouLivelihoodAssistance() {
            TaxpayerFacts facts = earner(0, 0).withStatus(Disability.NONE, FamilyStatus.NONE, false, true);
            Exemption e = determine(facts, 5_000_000, 0);
            assertThat(e.perCapitaExempt()).isTrue();
            assertThat(e.steps()).extracting(Step::term).containsExactly("非課税（生活扶助）");
        }

        @Test
        void dai2GouWidowSingleParentDisabledUpTo1350000() {
            for (FamilyStatus status : new FamilyStatus[] {FamilyStatus.WIDOW, FamilyStatus.SINGLE_FATHER}) {
                TaxpayerFacts facts = earner(0, 0).withStatus(Disability.NONE, status, false, false);
                assertThat(determine(facts, 1_350_000, 0).perCapitaExempt()).isTrue();
                assertThat(determine(facts, 1_350_001, 0).perCapitaExempt()).isFalse();
            }
            TaxpayerFacts disabled = earner(0, 0).withStatus(Disability.ORDINARY, FamilyStatus.NONE, false, false);
            assertThat(determine(disabled, 1_350_000, 0).perCapitaExempt()).isTrue();
            assertThat(determine(disabled, 1_350_001, 0).perCapitaExempt()).isFalse();
        }

        @Test
        void dai2GouMinorUnder18OnTheAssessmentDate() {
            TaxpayerFacts seventeen = TaxpayerFacts.salaryEarner(CITY, LocalDate.of(2008, 1, 3), 0, 0);
            TaxpayerFacts eighteen = TaxpayerFacts.salaryEarner(CITY, LocalDate.of(2008, 1, 2), 0, 0);
            assertThat(determine(seventeen, 1_000_000, 0).perCapitaExempt()).isTrue();
            assertThat(determine(eighteen, 1_000_000, 0).perCapitaExempt()).isFalse();
        }
    }
}
