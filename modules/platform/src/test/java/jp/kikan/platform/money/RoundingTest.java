package jp.kikan.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    @DisplayName("国等の債権債務等の金額の端数計算に関する法律 第2条: 1円未満切捨て")
    void floorToOneYen() {
        assertThat(Rounding.FLOOR_TO_1.apply(new BigDecimal("1234.99"))).isEqualTo(1234);
        assertThat(Rounding.FLOOR_TO_1.apply(new BigDecimal("-1234.99"))).isEqualTo(-1234);
    }

    @Test
    @DisplayName("地方税法 第20条の4の2第1項: 課税標準額は1,000円未満切捨て")
    void taxBaseFloorToThousand() {
        assertThat(Rounding.FLOOR_TO_1000.apply(3_456_789)).isEqualTo(3_456_000);
        assertThat(Rounding.FLOOR_TO_1000.apply(999)).isZero();
    }

    @Test
    @DisplayName("地方税法 第20条の4の2: 確定金額は100円未満切捨て")
    void taxAmountFloorToHundred() {
        assertThat(Rounding.FLOOR_TO_100.apply(207_399)).isEqualTo(207_300);
        assertThat(Rounding.FLOOR_TO_100.apply(99)).isZero();
    }

    @Test
    @DisplayName("健康保険法 第75条 (一部負担金)・児童扶養手当: 10円未満四捨五入")
    void halfUpToTen() {
        assertThat(Rounding.HALF_UP_TO_10.apply(1234)).isEqualTo(1230);
        assertThat(Rounding.HALF_UP_TO_10.apply(1235)).isEqualTo(1240);
        assertThat(Rounding.HALF_UP_TO_10.apply(new BigDecimal("1234.9"))).isEqualTo(1230);
        assertThat(Rounding.HALF_UP_TO_10.japaneseName()).isEqualTo("10円未満四捨五入");
    }

    @Test
    @DisplayName("10円未満切捨て・10円未満切上げ")
    void tenYenRules() {
        assertThat(Rounding.FLOOR_TO_10.apply(1239)).isEqualTo(1230);
        assertThat(Rounding.CEIL_TO_10.apply(1231)).isEqualTo(1240);
        assertThat(Rounding.CEIL_TO_10.apply(1230)).isEqualTo(1230);
        assertThat(Rounding.CEIL_TO_10.divide(BigDecimal.valueOf(100_000), 12)).isEqualTo(8340); // 8,333.33…
    }
}
