package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child 監護 (or 養育) by the recipient, as the 試算 is told about it: who may be a 児童 (児童扶養手当法 第3条第1項).
 *
 * @param birthDate  生年月日
 * @param disability 障害の状態 and its evidence
 */
public record ChildFacts(LocalDate birthDate, DisabilityState disability) {

    public ChildFacts {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(disability, "disability");
    }
}
