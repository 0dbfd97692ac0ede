/**
 * 児童扶養手当 (child-rearing allowance, business code 020; 児童扶養手当法 昭和36年法律第238号): 全部支給, 一部支給
 * or 支給停止 and the monthly amount from the recipient's and the 扶養義務者's 所得, with the 物価スライド amounts of
 * each fiscal year and the income limits raised from 2024-11 (when the 第3子以降 加算 became that of the 第2子).
 *
 * <p>This first version is the legal core and a 試算 (simulation) API without persistence. 認定請求, 現況届, the
 * registry and tax events, 公的年金 併給調整 and the 5年経過 一部支給停止 follow.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "児童扶養手当 (child-rearing allowance)",
        allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package jp.kikan.childrearingallowance;
