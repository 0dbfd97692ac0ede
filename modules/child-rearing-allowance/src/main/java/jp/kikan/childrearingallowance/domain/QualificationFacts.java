package jp.kikan.childrearingallowance.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the 支給要件 of 児童扶養手当 (児童扶養手当法 第4条) is judged from: the 児童's situation and the 除外事由 recorded.
 *
 * @param requirement 支給要件
 * @param exclusions  除外事由 (第4条第2項), in any order
 */
public record QualificationFacts(Requirement requirement, List<Exclusion> exclusions) {

    public QualificationFacts {
        Objects.requireNonNull(requirement, "requirement");
        exclusions = List.copyOf(exclusions);
    }
}
