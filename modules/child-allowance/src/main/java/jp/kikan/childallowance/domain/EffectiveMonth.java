package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The month from which (or up to which) a 受給資格 or an amount runs, and why.
 *
 * @param month   the month
 * @param special the event of the 15日特例 when it applied, else {@code null}
 * @param reason  how the month was reached, in Japanese, with the provision
 */
public record EffectiveMonth(YearMonth month, @Nullable Occurrence special, String reason) {}
