package jp.kikan.individualresidenttax.domain;

import java.time.LocalDate;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.TenantParameterOverrides;

/** The real parameter file, loaded from the class path as the application loads it, and common facts. */
final class Fixtures {

    static final LegalParameters PARAMETERS =
            LegalParameters.fromClasspath(Fixtures.class.getClassLoader(), TenantParameterOverrides.NONE);

    static final TaxYear R7 = TaxYear.reiwa(7);
    static final TaxYear R8 = TaxYear.reiwa(8);

    /** An ordinary 市 of 1級地 with no ordinance values. */
    static final Municipality CITY = new Municipality("999991", false, LivingStandardGrade.GRADE_1);

    /** A 指定都市 of 1級地 with no ordinance values. */
    static final Municipality DESIGNATED_CITY = new Municipality("999992", true, LivingStandardGrade.GRADE_1);

    /** Born 1980-06-15: 45 at the end of 2025, no age rule applies. */
    static final LocalDate ADULT = LocalDate.of(1980, 6, 15);

    private Fixtures() {}

    static TaxpayerFacts earner(Municipality municipality, long salary, long socialInsurance) {
        return TaxpayerFacts.salaryEarner(municipality, ADULT, salary, socialInsurance);
    }

    static TaxpayerFacts earner(long salary, long socialInsurance) {
        return earner(CITY, salary, socialInsurance);
    }
}
