package jp.kikan.childrearingallowance.domain;

import java.util.Objects;

/** The recipient's 所得 (前年の所得, 児童扶養手当法 第9条第1項): either already computed, or from its parts. */
public sealed interface Income {

    /**
     * The 所得額 after every step of 児童扶養手当法施行令 第4条 (8万円 and the other deductions, 養育費 included).
     *
     * @param amount yen, not negative
     */
    record Assessed(long amount) implements Income {}

    /**
     * The parts from which 児童扶養手当法施行令 第4条 computes the 所得額.
     *
     * @param totalIncome     総所得金額等 (地方税法 第32条 etc., 施行令 第4条第1項)
     * @param salaryOrPension of it, 給与所得 and 公的年金等に係る雑所得 (their sum is reduced by up to 10万円)
     * @param childSupport    養育費 the father or mother received for the children in the year (counted at 80%)
     * @param deductions      the deductions of 施行令 第4条第2項
     */
    record Parts(long totalIncome, long salaryOrPension, long childSupport, Deductions deductions) implements Income {
        public Parts {
            Objects.requireNonNull(deductions, "deductions");
        }
    }
}
