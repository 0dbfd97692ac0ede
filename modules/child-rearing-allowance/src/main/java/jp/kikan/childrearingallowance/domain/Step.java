package jp.kikan.childrearingallowance.domain;

import org.jspecify.annotations.Nullable;

/**
 * One step of the calculation, for the explanation.
 *
 * @param item        what is computed, e.g. 「判定所得」
 * @param amount      its value in yen, if it has one
 * @param explanation how, with the rounding rule where one applies, in Japanese
 * @param source      the provision
 */
public record Step(String item, @Nullable Long amount, String explanation, String source) {}
