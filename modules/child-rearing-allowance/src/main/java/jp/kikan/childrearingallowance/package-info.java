/**
 * 児童扶養手当 (child-rearing allowance, business code 020; 児童扶養手当法 昭和36年法律第238号): the 受給資格 from the
 * 認定請求 to its 資格喪失, with its history (認定・却下 with the 所得 per 所得年, 現況届 every August, 額改定), 全部支給・
 * 一部支給・支給停止 for each month from the 所得 of its 所得年 with the 物価スライド amounts of each fiscal year and the
 * income limits raised from 2024-11 (months from 2021-03), the 公的年金給付等との併給調整 (第13条の2) and the 5年等経過
 * 一部支給停止 with its 適用除外事由届出 (第13条の3), payment runs in the odd months with the 支払通知書 data, and the 試算 of
 * one month.
 *
 * <p>The 受給者 and the 対象児童 are residents read through {@link jp.kikan.residentregistry.ResidentRegistry}; the
 * registry's events propose a 額改定 after a birth in the 受給者's household, propose the 資格喪失 when a 世帯変更 puts a
 * 配偶者 (事実上の配偶者 too) in it, and end the 受給資格 when the 受給者 moves out or dies; a child past its age limit
 * is proposed for the 減額 month by month. Each month counts the children who are 児童 then (第3条第1項: to the 18歳到達年度末, or under 20 in the
 * 障害の状態 of 施行令 別表第一 recorded with its evidence) and, where the 支給要件 is recorded, judges it with its
 * 除外事由 (第4条). Not modelled yet: the 養育者 who is not a 孤児等の養育者 (第9条), 支給停止関係届 between 現況届. The
 * module publishes its own events in {@link jp.kikan.childrearingallowance.events}.
 *
 * <p>Its processes are the entitlement kit's ({@link jp.kikan.benefit.entitlement}) with this law plugged in: the
 * 受給資格's life, 額改定 and the reactions to the registry's events are the kit's steps over this module's entities and
 * tables; what only this law does (its months, who is a child, its 所得, its wording and events) is this module's.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "児童扶養手当 (child-rearing allowance)",
        allowedDependencies = {
            "platform",
            "platform :: *",
            "benefit",
            "benefit :: *",
            "residentregistry",
            "residentregistry :: events"
        })
@org.jspecify.annotations.NullMarked
package jp.kikan.childrearingallowance;
