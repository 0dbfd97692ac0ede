package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import org.jspecify.annotations.Nullable;

/**
 * When payment of 児童手当 starts, changes and ends (支給期間, 児童手当法 第8条・第9条):
 *
 * <ul>
 *   <li>支給開始: the month after the 認定請求 (第8条第2項); when the 請求 is made within the special period after a move
 *       into the municipality or a birth, the month after that event (15日特例, 第8条第3項). The period counts from the
 *       day after the event (民法 第140条), so an event on 4月30日 allows a 請求 up to 5月15日.
 *   <li>増額の改定: the month after the 額改定請求 (第9条第1項), with the same special period after a birth.
 *   <li>減額の改定: the month after the event (第9条第3項).
 *   <li>支給の終わり: the month in which the entitlement ended (支給すべき事由が消滅した日の属する月, 第8条第2項).
 * </ul>
 */
public final class EffectiveMonths {

    private final Parameters parameters;

    public EffectiveMonths(LegalParameters parameters) {
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * 支給開始月 of a 認定請求 made on {@code claimDate}, given the events that may allow the 15日特例 (the earliest one
     * that qualifies wins).
     */
    public EffectiveMonth start(LocalDate claimDate, List<Occurrence> occurrences) {
        Optional<Occurrence> special = occurrences.stream()
                .filter(o -> withinSpecialPeriod(claimDate, o))
                .min(Comparator.comparing(Occurrence::date));
        YearMonth regular = YearMonth.from(claimDate).plusMonths(1);
        if (special.isPresent()) {
            YearMonth month = YearMonth.from(special.get().date()).plusMonths(1);
            if (month.isBefore(regular)) {
                return new EffectiveMonth(
                        month,
                        special.get(),
                        special.get().kind().japanese() + "（" + special.get().date() + "）の翌日から"
                                + days(claimDate) + "日以内の請求のため、" + month + "分から支給（15日特例）: "
                                + cite(claimDate));
            }
        }
        return new EffectiveMonth(
                regular, null, "認定請求日（" + claimDate + "）の属する月の翌月（" + regular + "）分から支給: 児童手当法 第8条第2項");
    }

    /** The first month at the increased amount after a 額改定請求 on {@code claimDate} (e.g. after a birth). */
    public EffectiveMonth increase(LocalDate claimDate, @Nullable Occurrence occurrence) {
        YearMonth regular = YearMonth.from(claimDate).plusMonths(1);
        if (occurrence != null && withinSpecialPeriod(claimDate, occurrence)) {
            YearMonth month = YearMonth.from(occurrence.date()).plusMonths(1);
            if (month.isBefore(regular)) {
                return new EffectiveMonth(
                        month,
                        occurrence,
                        occurrence.kind().japanese() + "（" + occurrence.date() + "）の翌日から" + days(claimDate)
                                + "日以内の額改定請求のため、" + month + "分から増額（15日特例）: 児童手当法 第9条第2項（第8条第3項の準用）; "
                                + cite(claimDate));
            }
        }
        return new EffectiveMonth(
                regular, null, "額改定請求日（" + claimDate + "）の属する月の翌月（" + regular + "）分から増額: 児童手当法 第9条第1項");
    }

    /** The first month at the decreased amount after an event on {@code eventDate} (a child dies or leaves). */
    public EffectiveMonth decrease(LocalDate eventDate) {
        YearMonth month = YearMonth.from(eventDate).plusMonths(1);
        return new EffectiveMonth(month, null, "事由の生じた日（" + eventDate + "）の属する月の翌月（" + month + "）分から減額: 児童手当法 第9条第3項");
    }

    /** The last month paid when the entitlement ends on {@code eventDate} (転出, 死亡, 監護の終了). */
    public EffectiveMonth end(LocalDate eventDate) {
        YearMonth month = YearMonth.from(eventDate);
        return new EffectiveMonth(
                month, null, "支給すべき事由が消滅した日（" + eventDate + "）の属する月（" + month + "）分まで支給: 児童手当法 第8条第2項");
    }

    /** Whether a 請求 on {@code claimDate} is within the special period after {@code occurrence}. */
    boolean withinSpecialPeriod(LocalDate claimDate, Occurrence occurrence) {
        LocalDate last = occurrence.date().plusDays(days(claimDate));
        return !claimDate.isBefore(occurrence.date()) && !claimDate.isAfter(last);
    }

    private int days(LocalDate date) {
        return parameters.integer(Parameters.SPECIAL_PERIOD_DAYS, date);
    }

    private String cite(LocalDate date) {
        ResolvedParameter days = parameters.get(Parameters.SPECIAL_PERIOD_DAYS, date);
        return Parameters.cite(days);
    }
}
