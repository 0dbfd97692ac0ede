package jp.kikan.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 端数処理: the rounding rules statutes prescribe for yen amounts. Each rule rounds to a multiple of its unit;
 * 切捨て and 切上げ act on the absolute value (toward and away from zero), 四捨五入 rounds a half away from zero, so a
 * refund is rounded like the charge it reverses. The caller names the statute of its own rule; the examples below are
 * where each rule commonly comes from.
 */
public enum Rounding {

    /** 1円未満切捨て: 国等の債権債務等の金額の端数計算に関する法律 (昭和25年法律第61号) 第2条, e.g. a yen amount times a rate. */
    FLOOR_TO_1(1, RoundingMode.DOWN, "1円未満切捨て"),

    /** 10円未満切捨て, where a rule or 条例 prescribes it. */
    FLOOR_TO_10(10, RoundingMode.DOWN, "10円未満切捨て"),

    /** 100円未満切捨て: 地方税の確定金額, 地方税法 第20条の4の2 (e.g. 個人住民税の所得割額, 均等割額との合計). */
    FLOOR_TO_100(100, RoundingMode.DOWN, "100円未満切捨て"),

    /** 1,000円未満切捨て: 地方税の課税標準額, 地方税法 第20条の4の2第1項 (e.g. 課税総所得金額). */
    FLOOR_TO_1000(1000, RoundingMode.DOWN, "1,000円未満切捨て"),

    /**
     * 10円未満四捨五入: e.g. the 一部支給 amount of 児童扶養手当 (児童扶養手当法施行令), and 一部負担金 under 健康保険法 第75条
     * (5円未満切捨て, 5円以上切上げ).
     */
    HALF_UP_TO_10(10, RoundingMode.HALF_UP, "10円未満四捨五入"),

    /** 10円未満切上げ, where a rule or 条例 prescribes it. */
    CEIL_TO_10(10, RoundingMode.UP, "10円未満切上げ");

    private final long unit;
    private final RoundingMode mode;
    private final String japaneseName;

    Rounding(long unit, RoundingMode mode, String japaneseName) {
        this.unit = unit;
        this.mode = mode;
        this.japaneseName = japaneseName;
    }

    /** The amount rounded to this rule's unit; {@code amount} may carry a fraction of a yen. */
    public long apply(BigDecimal amount) {
        return divide(amount, 1);
    }

    /** {@code dividend / divisor} rounded to this rule's unit, computed exactly (e.g. 月割 = 年額 / 12). */
    public long divide(BigDecimal dividend, long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        BigDecimal units = dividend.divide(BigDecimal.valueOf(divisor).multiply(BigDecimal.valueOf(unit)), 0, mode);
        return units.multiply(BigDecimal.valueOf(unit)).longValueExact();
    }

    /** A whole-yen amount rounded to this rule's unit. */
    public long apply(long amount) {
        return apply(BigDecimal.valueOf(amount));
    }

    /** The multiple the result is rounded to (1, 10, 100 or 1,000 yen). */
    public long unit() {
        return unit;
    }

    /** E.g. 「100円未満切捨て」. */
    public String japaneseName() {
        return japaneseName;
    }
}
