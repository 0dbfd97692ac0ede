package jp.kikan.benefit.entitlement;

import java.time.YearMonth;

/**
 * The month a change takes effect under a law, with the rule that gives it, for the history (e.g. 「請求日の属する月の翌月
 * から（児童手当法 第8条第2項）」).
 */
public record Effective(YearMonth month, String reason) {}
