package jp.kikan.childrearingallowance.internal;

import jp.kikan.childrearingallowance.domain.IncomeYear;

/**
 * The 所得 of one 所得年 given at a 認定請求, 認定 or 現況届: as the law reads it ({@code year}) and as it was given
 * ({@code asGiven}, the API's JSON, which is what is stored and shown again).
 */
record GivenIncome(IncomeYear year, String asGiven) {}
