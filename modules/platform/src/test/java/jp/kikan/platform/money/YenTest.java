package jp.kikan.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YenTest {

    @Test
    @DisplayName("地方税法 第20条の4の2: 所得割 = 課税標準 (1,000円未満切捨て) × 6% を100円未満切捨て")
    void incomeLevyExample() {
        Yen taxBase = Yen.of(3_456_789).rounded(Rounding.FLOOR_TO_1000);
        assertThat(taxBase.amount()).isEqualTo(3_456_000);
        Yen levy = taxBase.times(new BigDecimal("0.06"), Rounding.FLOOR_TO_100);
        assertThat(levy.amount()).isEqualTo(207_300); // 207,360 -> 207,300
        assertThat(levy.toString()).isEqualTo("207,300円");
    }

    @Test
    @DisplayName("国等の債権債務等の金額の端数計算に関する法律 第2条: 率を掛けた結果の1円未満切捨て")
    void rateTimesAmount() {
        assertThat(Yen.of(1001)
                        .times(new BigDecimal("0.1"), Rounding.FLOOR_TO_1)
                        .amount())
                .isEqualTo(100);
        assertThat(Yen.of(120_000).dividedBy(12, Rounding.FLOOR_TO_1).amount()).isEqualTo(10_000);
        assertThat(Yen.of(100_000).dividedBy(12, Rounding.FLOOR_TO_100).amount())
                .isEqualTo(8_300);
    }

    @Test
    @DisplayName("金額は0円以上 (signed で作ったものを除く)")
    void negativeAmounts() {
        assertThatThrownBy(() -> Yen.of(-1))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("negative-amount"));
        assertThatThrownBy(() -> Yen.of(100).minus(Yen.of(200)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("negative-amount"));
        Yen refund = Yen.of(100).minus(Yen.signed(250));
        assertThat(refund.amount()).isEqualTo(-150);
        assertThat(refund.isSigned()).isTrue();
        assertThat(refund.toString()).isEqualTo("-150円");
        assertThat(Yen.signed(-1234).rounded(Rounding.FLOOR_TO_100).amount()).isEqualTo(-1200);
    }

    @Test
    void arithmetic() {
        assertThat(Yen.of(3_500).times(3)).isEqualTo(Yen.of(10_500));
        assertThat(Yen.of(1).plus(Yen.of(2))).isEqualTo(Yen.of(3)).isEqualByComparingTo(Yen.signed(3));
        assertThat(Yen.ZERO.amount()).isZero();
        assertThatThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1))).isInstanceOf(ArithmeticException.class);
    }
}
