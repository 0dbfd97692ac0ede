package jp.kikan.individualresidenttax.domain;

import java.util.List;

/**
 * 非課税の判定: whether the 均等割 (and with it the whole 住民税 and the 森林環境税) and whether the 所得割 is not levied.
 *
 * @param perCapitaExempt 均等割 非課税 (地方税法 第295条第1項・第3項): no 住民税 and no 森林環境税 at all
 * @param incomeLevyExempt 所得割 非課税 (第295条第1項, 附則第3条の3); true whenever {@code perCapitaExempt}
 * @param steps            the tests made, with their limits
 */
public record Exemption(boolean perCapitaExempt, boolean incomeLevyExempt, List<Step> steps) {

    public Exemption {
        steps = List.copyOf(steps);
        if (perCapitaExempt && !incomeLevyExempt) {
            throw new IllegalArgumentException("a person exempt from the 均等割 is exempt from the 所得割 too");
        }
    }
}
