package jp.kikan.childrearingallowance.domain;

import static jp.kikan.childrearingallowance.domain.AllowanceCalculatorTest.CALCULATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 老人扶養親族 addition of the 配偶者・扶養義務者・孤児等の養育者 limit (児童扶養手当法施行令 第2条の4): 6万円 each, one left
 * out where every 扶養親族等 is a 老人扶養親族. 令和7年度 (2025-06): 236万 + 38万 × 扶養親族等.
 */
class SupporterElderlyAdditionTest {

    static MonthlyAllowance foster(int children, long income, int dependants, int elderly) {
        return CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.parse("2025-06"),
                children,
                Recipient.FOSTER,
                new Income.Assessed(income),
                dependants,
                elderly,
                0,
                List.of()));
    }

    static MonthlyAllowance motherWithSupporter(long supporterIncome, int dependants, int elderly) {
        return CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.parse("2025-06"),
                1,
                Recipient.MOTHER,
                new Income.Assessed(0),
                1,
                0,
                0,
                List.of(new Supporter(supporterIncome, dependants, elderly))));
    }

    @Test
    void 施行令第2条の4_孤児等の養育者_扶養2人うち老人1人_所得315万は全部支給() {
        // 2,360,000 + 2 × 380,000 + 1 × 60,000 = 3,180,000 > 3,150,000 → 全部支給 (第9条の2 has no 一部支給)
        MonthlyAllowance one = foster(1, 3_150_000, 2, 1);
        assertThat(one.limits().recipient()).isEqualTo(3_180_000);
        assertThat(one.decision()).isEqualTo(Decision.FULL);
        assertThat(one.total()).isEqualTo(46_690);
        assertThat(foster(2, 3_150_000, 2, 1).total()).isEqualTo(57_720); // 46,690 + 11,030
        // without the 老人扶養親族 the limit is 3,120,000 ≤ 3,150,000 → 支給停止
        assertThat(foster(1, 3_150_000, 2, 0).decision()).isEqualTo(Decision.STOPPED);
    }

    @Test
    void 施行令第2条の4_孤児等の養育者_限度額318万の前後() {
        assertThat(foster(1, 3_179_999, 2, 1).decision()).isEqualTo(Decision.FULL);
        assertThat(foster(1, 3_180_000, 2, 1).decision()).isEqualTo(Decision.STOPPED);
    }

    @Test
    void 施行令第2条の4_扶養親族等がすべて老人扶養親族なら1人を除く() {
        // both elderly: 2,360,000 + 760,000 + 60,000 × (2 − 1) = 3,180,000 (the exclusion's wording is UNVERIFIED)
        assertThat(foster(1, 3_150_000, 2, 2).limits().recipient()).isEqualTo(3_180_000);
        assertThat(foster(1, 3_150_000, 2, 2).decision()).isEqualTo(Decision.FULL);
        // one dependant, elderly: nothing added
        assertThat(foster(1, 0, 1, 1).limits().recipient()).isEqualTo(2_740_000);
    }

    @Test
    void 施行令第2条の4_児童扶養手当法第10条_扶養義務者の老人扶養親族() {
        // the mother's father: 1 扶養親族等, a 老人扶養親族 (all elderly → left out): limit 2,740,000
        assertThat(motherWithSupporter(2_740_000, 1, 1).decision()).isEqualTo(Decision.STOPPED);
        assertThat(motherWithSupporter(2_739_999, 1, 1).decision()).isEqualTo(Decision.FULL);
        // 2 扶養親族等, 1 老人: 2,360,000 + 760,000 + 60,000 = 3,180,000
        assertThat(motherWithSupporter(3_179_999, 2, 1).decision()).isEqualTo(Decision.FULL);
        assertThat(motherWithSupporter(3_180_000, 2, 1).decision()).isEqualTo(Decision.STOPPED);
        MonthlyAllowance r = motherWithSupporter(3_179_999, 2, 1);
        assertThat(r.steps())
                .anySatisfy(
                        s -> assertThat(s.explanation()).contains("うち老人扶養親族1人").contains("3,180,000"));
    }

    @Test
    void moreElderlyThanDependantsOfASupporterIsRejectedNamingTheField() {
        assertThatThrownBy(() -> motherWithSupporter(0, 1, 2))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field())
                        .isEqualTo("fuyo_gimusha[0].rojin_fuyo_shinzokuto_su"));
    }
}
