/**
 * 児童手当 (child allowance, business code 027; 児童手当法 昭和46年法律第73号): the 受給資格 from the 認定請求 to its
 * 消滅, with its history (認定・却下, 額改定, 未支払請求, 寄附 and 学校給食費等の申出, 現況届), payment runs per 支払期月
 * with the 支払通知書 data, and the 試算 of one month. Amounts always come from the law of the month paid: as amended by
 * 令和6年法律第47号 from 2024-10 (no income limit, 高校生年代, 第3子以降 30,000円, 多子 counting to 22歳年度末, even
 * payment months), the earlier law for months from 2012-04 (所得制限, 特例給付, 所得上限).
 *
 * <p>The 受給者 and the children are residents read through {@link jp.kikan.residentregistry.ResidentRegistry} as of
 * the dates that matter; the registry's events propose a 額改定 after a birth in the 受給者's household and end the
 * 受給資格 when the 受給者 moves out or dies. The module publishes its own events in
 * {@link jp.kikan.childallowance.events}.
 *
 * <p>Its processes are the entitlement kit's ({@link jp.kikan.benefit.entitlement}) with this law plugged in: the
 * 受給資格's life, 額改定 and the reactions to the registry's events are the kit's steps over this module's entities and
 * tables; what only this law does (its months, who is a child, its 所得, its wording and events) is this module's.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "児童手当 (child allowance)",
        allowedDependencies = {"platform", "platform :: *", "benefit", "benefit :: *", "residentregistry"})
@org.jspecify.annotations.NullMarked
package jp.kikan.childallowance;
