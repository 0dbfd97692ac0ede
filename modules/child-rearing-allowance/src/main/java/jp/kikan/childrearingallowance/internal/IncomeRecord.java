package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.kikan.platform.tenant.TenantRow;

/**
 * The 所得 of one 所得年 as it was given (an amount or its parts, with the 扶養義務者), kept as the API's JSON so that
 * the amount of each month is computed with the deductions of that month's law ({@link IncomeCodec} reads it).
 */
@Entity(name = "ChildRearingAllowanceIncome")
@Table(schema = "child_rearing_allowance", name = "income_year")
class IncomeRecord extends TenantRow {

    int shotokuNen;
    String naiyo = "{}";
    Instant recordedAt = Instant.EPOCH;

    protected IncomeRecord() {}

    IncomeRecord(GivenIncome income, Instant now) {
        this.shotokuNen = income.year().year();
        this.naiyo = income.asGiven();
        this.recordedAt = now;
    }

    int year() {
        return shotokuNen;
    }

    /** The 所得 as given, in the API's JSON. */
    String asGiven() {
        return naiyo;
    }

    /** The 所得 of the same 所得年 given again: it replaces what was recorded. */
    void replace(GivenIncome income, Instant now) {
        if (income.year().year() != shotokuNen) {
            throw new IllegalArgumentException("another 所得年: " + income.year().year());
        }
        this.naiyo = income.asGiven();
        this.recordedAt = now;
    }
}
