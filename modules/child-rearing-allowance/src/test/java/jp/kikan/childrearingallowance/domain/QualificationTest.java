package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** 支給要件 (児童扶養手当法 第4条, 施行令 第1条の2・第2条) judged per month, both sides of every boundary. */
class QualificationTest {

    private static final Qualification QUALIFICATION = new Qualification(AllowanceCalculatorTest.PARAMETERS);

    private static Requirement requirement(Requirement.Situation situation, String arose) {
        return new Requirement(situation, null, LocalDate.parse(arose));
    }

    private static Exclusion exclusion(Exclusion.Kind kind, String from, @Nullable String to) {
        return new Exclusion(kind, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), false);
    }

    private static QualificationJudgement judge(
            Recipient recipient, Requirement requirement, String month, Exclusion... exclusions) {
        return QUALIFICATION.judge(
                recipient, new QualificationFacts(requirement, List.of(exclusions)), YearMonth.parse(month));
    }

    @Test
    void law4_1_1_i_divorce_qualifiesFromTheMonthAfterTheDivorce_第7条第1項() {
        Requirement divorce = requirement(Requirement.Situation.DIVORCE, "2025-06-15");
        QualificationJudgement june = judge(Recipient.MOTHER, divorce, "2025-06");
        assertThat(june.qualifies()).isFalse();
        assertThat(june.reason()).contains("2025-06-15").contains("翌月分");
        assertThat(june.source()).contains("第4条第1項第1号イ").contains("第7条第1項");
        QualificationJudgement july = judge(Recipient.MOTHER, divorce, "2025-07");
        assertThat(july.qualifies()).isTrue();
        assertThat(july.reason()).contains("父母が婚姻を解消した児童");
    }

    @Test
    void law4_1_2_aFathersAllowanceIsForTheMothersSituation_第2号() {
        QualificationJudgement death =
                judge(Recipient.FATHER, requirement(Requirement.Situation.DEATH, "2024-01-10"), "2025-06");
        assertThat(death.qualifies()).isTrue();
        assertThat(death.reason()).startsWith("母が死亡した児童");
        assertThat(death.source()).contains("第4条第1項第2号ロ");
        assertThatThrownBy(() -> judge(
                        Recipient.FATHER,
                        new Requirement(
                                Requirement.Situation.DEATH, Requirement.Parent.FATHER, LocalDate.of(2024, 1, 10)),
                        "2025-06"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("shikyu_yoken.oya"));
    }

    @Test
    void law4_1_3_aFosterParentNamesWhoseSituationItIs() {
        assertThatThrownBy(() ->
                        judge(Recipient.FOSTER, requirement(Requirement.Situation.DEATH, "2024-01-10"), "2025-06"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("required"));
        QualificationJudgement foster = judge(
                Recipient.FOSTER,
                new Requirement(Requirement.Situation.DEATH, Requirement.Parent.MOTHER, LocalDate.of(2024, 1, 10)),
                "2025-06");
        assertThat(foster.qualifies()).isTrue();
        assertThat(foster.reason()).contains("養育");
        assertThat(foster.source()).contains("第2号ロ").contains("第3号");
    }

    @Test
    void ordinance1_2_1_abandonment_qualifiesOnlyAfterAFullYear_施行令第1条の2第1号() {
        // 遺棄 from 2024-05-10: one year complete on 2025-05-10 → paid from 2025-06
        Requirement abandoned = requirement(Requirement.Situation.ABANDONED, "2024-05-10");
        QualificationJudgement may = judge(Recipient.MOTHER, abandoned, "2025-05");
        assertThat(may.qualifies()).isFalse();
        assertThat(may.reason()).contains("2025-05-10");
        assertThat(may.source()).contains("施行令 第1条の2第1号").contains("（2019-04-01からの値）");
        assertThat(judge(Recipient.MOTHER, abandoned, "2025-06").qualifies()).isTrue();
    }

    @Test
    void ordinance1_2_3_detention_qualifiesOnlyAfterAFullYear_施行令第1条の2第3号() {
        Requirement detained = requirement(Requirement.Situation.DETAINED, "2024-12-01");
        assertThat(judge(Recipient.MOTHER, detained, "2025-12").qualifies()).isFalse();
        QualificationJudgement january = judge(Recipient.MOTHER, detained, "2026-01");
        assertThat(january.qualifies()).isTrue();
        assertThat(january.source()).contains("第1条の2第3号");
        // for a father, the mother's detention is 施行令 第2条
        assertThat(judge(Recipient.FATHER, detained, "2026-01").source()).contains("施行令 第2条第3号");
    }

    @Test
    void ordinance1_2_2and4_protectionOrderAndUnmarriedBirth_needNoYear() {
        assertThat(judge(Recipient.MOTHER, requirement(Requirement.Situation.PROTECTION_ORDER, "2025-03-31"), "2025-04")
                        .qualifies())
                .isTrue();
        QualificationJudgement unmarried =
                judge(Recipient.MOTHER, requirement(Requirement.Situation.UNMARRIED, "2025-03-01"), "2025-04");
        assertThat(unmarried.qualifies()).isTrue();
        assertThat(unmarried.reason()).startsWith("婚姻によらないで懐胎した児童");
        assertThat(unmarried.source()).contains("第1条の2第4号");
    }

    @Test
    void law4_2_aSpouseOfTheMother_evenDeFacto_excludesFromTheMonthAfter() {
        Requirement divorce = requirement(Requirement.Situation.DIVORCE, "2023-02-01");
        Exclusion spouse = new Exclusion(Exclusion.Kind.SPOUSE, LocalDate.of(2025, 9, 20), null, true);
        assertThat(judge(Recipient.MOTHER, divorce, "2025-09", spouse).qualifies())
                .isTrue();
        QualificationJudgement october = judge(Recipient.MOTHER, divorce, "2025-10", spouse);
        assertThat(october.qualifies()).isFalse();
        assertThat(october.reason()).contains("事実上の配偶者").contains("2025-09-20");
        assertThat(october.source()).startsWith("児童扶養手当法 第4条第2項");
    }

    @Test
    void law4_2_anExclusionThatEndedExcludesUpToItsMonth() {
        Requirement death = requirement(Requirement.Situation.DEATH, "2022-01-01");
        Exclusion foster = exclusion(Exclusion.Kind.FOSTER_CARE, "2025-01-15", "2025-06-30");
        assertThat(judge(Recipient.MOTHER, death, "2025-01", foster).qualifies())
                .isTrue();
        assertThat(judge(Recipient.MOTHER, death, "2025-02", foster).qualifies())
                .isFalse();
        assertThat(judge(Recipient.MOTHER, death, "2025-06", foster).qualifies())
                .isFalse();
        assertThat(judge(Recipient.MOTHER, death, "2025-07", foster).qualifies())
                .isTrue();
    }

    @Test
    void law4_2_livingWithTheOtherParent_excludes_unlessThatParentIsDisabled_第1号ハ() {
        Exclusion withFather = exclusion(Exclusion.Kind.OTHER_PARENT, "2020-04-01", null);
        QualificationJudgement twoParents = judge(
                Recipient.MOTHER, requirement(Requirement.Situation.DIVORCE, "2020-03-01"), "2025-06", withFather);
        assertThat(twoParents.qualifies()).isFalse();
        assertThat(twoParents.reason()).contains("生計を同じくしている");
        QualificationJudgement disabledFather = judge(
                Recipient.MOTHER, requirement(Requirement.Situation.DISABILITY, "2020-03-01"), "2025-06", withFather);
        assertThat(disabledFather.qualifies()).isTrue();
        assertThat(disabledFather.reason()).contains("障害の状態にあるため除外しない");
        assertThat(disabledFather.source()).contains("第1号ハ").contains("別表第二").contains("第4条第2項");
    }

    @Test
    void law4_2_facilityAndAbroad_exclude() {
        Requirement death = requirement(Requirement.Situation.DEATH, "2022-01-01");
        assertThat(judge(Recipient.FATHER, death, "2025-06", exclusion(Exclusion.Kind.FACILITY, "2025-04-01", null))
                        .reason())
                .contains("児童福祉施設等");
        assertThat(judge(Recipient.FATHER, death, "2025-06", exclusion(Exclusion.Kind.ABROAD, "2025-04-01", null))
                        .qualifies())
                .isFalse();
    }
}
