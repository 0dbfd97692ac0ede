package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the 一部支給停止 after 5年等経過 depends on (児童扶養手当法 第13条の3).
 *
 * @param paymentStart        支給開始月 (第7条第1項)
 * @param eligibleSince       the month the 支給要件 first arose (for the 7-year rule), if known
 * @param childUnder3Birth    the 生年月日 of a child under 3 監護 on the 認定請求日 (the latest, if several), if any
 * @param exemption           the reason of an 適用除外事由届出 that covers the month, if one was filed
 */
public record PartialStopFacts(
        YearMonth paymentStart,
        @Nullable YearMonth eligibleSince,
        @Nullable LocalDate childUnder3Birth,
        @Nullable Exemption exemption) {

    public PartialStopFacts {
        Objects.requireNonNull(paymentStart, "paymentStart");
    }
}
