/**
 * Money in whole yen and the legal 端数処理 rules: 円未満切捨て (国等の債権債務等の金額の端数計算に関する法律), 課税標準額の
 * 1,000円未満切捨て and 確定金額の100円未満切捨て (地方税法 第20条の4の2), 10円単位の四捨五入 of benefits and 一部負担金.
 * Amounts are {@code long} yen and rates {@link java.math.BigDecimal}; no {@code double} anywhere, and every step that
 * can create a fraction of a yen names its {@link jp.kikan.platform.money.Rounding}.
 */
@org.springframework.modulith.NamedInterface("money")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.money;
