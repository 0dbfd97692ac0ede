package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When payment of 児童扶養手当 starts, changes and ends:
 *
 * <ul>
 *   <li>支給開始: the month after the 認定請求 (児童扶養手当法 第7条第1項);
 *   <li>増額の改定 (a 監護等児童 added): the month after the 額改定請求 (第8条第1項);
 *   <li>減額の改定 (a 監護等児童 less): the month after the event (第8条第3項);
 *   <li>資格喪失: paid through the month of the event (第7条第1項, 「支給すべき事由が消滅した日の属する月で終わる」).
 * </ul>
 *
 * <p>The 15-day rule of 第7条第2項 (災害その他やむを得ない理由) is not modelled: there is no move-in rule as in 児童手当, a
 * 受給者 who moves keeps the 受給資格 and files a 住所変更届 with the new 支給機関.
 */
public final class EffectiveMonths {

    /** 支給開始月 of a 認定請求 made on {@code claimDate}. */
    public EffectiveMonth start(LocalDate claimDate) {
        YearMonth month = YearMonth.from(claimDate).plusMonths(1);
        return new EffectiveMonth(month, "認定請求日（" + claimDate + "）の属する月の翌月（" + month + "）分から支給: 児童扶養手当法 第7条第1項");
    }

    /** The first month at the increased amount after a 額改定請求 on {@code claimDate}. */
    public EffectiveMonth increase(LocalDate claimDate) {
        YearMonth month = YearMonth.from(claimDate).plusMonths(1);
        return new EffectiveMonth(month, "額改定請求日（" + claimDate + "）の属する月の翌月（" + month + "）分から増額: 児童扶養手当法 第8条第1項");
    }

    /** The first month at the decreased amount after an event on {@code eventDate}. */
    public EffectiveMonth decrease(LocalDate eventDate) {
        YearMonth month = YearMonth.from(eventDate).plusMonths(1);
        return new EffectiveMonth(month, "監護等児童の数が減じた日（" + eventDate + "）の属する月の翌月（" + month + "）分から減額: 児童扶養手当法 第8条第3項");
    }

    /** The last month paid when the 受給資格 is lost on {@code eventDate}. */
    public EffectiveMonth end(LocalDate eventDate) {
        YearMonth month = YearMonth.from(eventDate);
        return new EffectiveMonth(month, "支給すべき事由が消滅した日（" + eventDate + "）の属する月（" + month + "）分まで支給: 児童扶養手当法 第7条第1項");
    }
}
