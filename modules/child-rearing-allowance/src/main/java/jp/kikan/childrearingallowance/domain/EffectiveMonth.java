package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;

/**
 * The month from which (or up to which) a 受給資格 or an amount runs, and why.
 *
 * @param month  the month
 * @param reason how the month was reached, in Japanese, with the provision
 */
public record EffectiveMonth(YearMonth month, String reason) {}
