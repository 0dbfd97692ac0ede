/**
 * 個人住民税 (individual resident tax, business code 010; 地方税法 第2章第1節 道府県民税・第3章第1節 市町村民税): the
 * annual assessment of 市町村民税 and 道府県民税 of individuals (所得割 and 均等割) with the 森林環境税 levied with them, per
 * 課税年度 as of its 賦課期日 1月1日.
 *
 * <p>This first slice is the pure calculation in {@link jp.kikan.individualresidenttax.domain}: 所得, 所得控除, 課税標準,
 * 所得割 and 調整控除, 均等割, 非課税, each figure with the rule and the provision that produced it. 課税資料 intake, the
 * assessment's storage, notices and the income hub for other businesses come later (issue 15).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "個人住民税 (individual resident tax)",
        allowedDependencies = {"platform", "platform :: *"})
@org.jspecify.annotations.NullMarked
package jp.kikan.individualresidenttax;
