/**
 * 児童手当 (child allowance, business code 027; 児童手当法 昭和46年法律第73号): the monthly amount per child and the
 * payment schedule, under the law as amended by 令和6年法律第47号 from 2024-10 (no income limit, 高校生年代, 第3子以降
 * 30,000円, 多子 counting to 22歳年度末, payments in even months) and under the earlier law for months from 2012-04
 * (所得制限, 特例給付, 所得上限 from 2022-06, payments in February, June and October).
 *
 * <p>This first version is the legal core and a 試算 (simulation) API without persistence. 認定請求, the registry
 * events that drive it and payment runs follow when the resident registry publishes its events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "児童手当 (child allowance)",
        allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package jp.kikan.childallowance;
