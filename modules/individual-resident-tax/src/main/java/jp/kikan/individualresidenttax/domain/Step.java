package jp.kikan.individualresidenttax.domain;

import java.util.Objects;

/**
 * One line of a calculation's explanation (算定根拠): a figure, the rule that produced it with the numbers put in, and
 * the provisions with the period of their values.
 *
 * @param term   the Japanese legal term of the figure, e.g. 「給与所得」「調整控除（市町村民税）」
 * @param amount the figure in whole yen
 * @param rule   how it was computed, with the inputs and the rounding, e.g. 「5,000,000円（4,000円未満切捨）×80%−440,000円」
 * @param source the provisions and the periods of their values
 */
public record Step(String term, long amount, String rule, String source) {

    public Step {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return term + " " + amount + "円: " + rule + "（" + source + "）";
    }
}
