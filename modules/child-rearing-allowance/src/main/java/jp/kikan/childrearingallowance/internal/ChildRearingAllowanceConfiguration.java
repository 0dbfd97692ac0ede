package jp.kikan.childrearingallowance.internal;

import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.EntitlementSupport;
import jp.kikan.childrearingallowance.domain.AllowanceCalculator;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.childrearingallowance.domain.PaymentPlanner;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules of 児童扶養手当 over the application's legal parameters, and who may call its API. */
@Configuration(proxyBeanMethods = false)
class ChildRearingAllowanceConfiguration {

    static final String CLERK = "child-rearing-allowance:clerk";

    @Bean
    AllowanceCalculator childRearingAllowanceCalculator(LegalParameters parameters) {
        return new AllowanceCalculator(parameters);
    }

    @Bean
    EffectiveMonths childRearingAllowanceEffectiveMonths() {
        return new EffectiveMonths();
    }

    @Bean
    MonthlyAmounts childRearingAllowanceMonthlyAmounts(AllowanceCalculator calculator, LegalParameters parameters) {
        return new MonthlyAmounts(calculator, parameters);
    }

    @Bean
    PaymentPlanner childRearingAllowancePaymentPlanner(MonthlyAmounts amounts, LegalParameters parameters) {
        return new PaymentPlanner(amounts, parameters);
    }

    /** The kit's steps of a 受給資格, over 児童扶養手当's law. */
    @Bean
    EntitlementLifecycle<Entitlement, EntitlementChild, Revision> childRearingAllowanceLifecycle(
            ChildRearingAllowanceLaw law, EntitlementSupport support) {
        return new EntitlementLifecycle<>(law, support);
    }

    @Bean
    ApiAccessRule childRearingAllowanceApi() {
        return ApiAccessRule.of("/api/child-rearing-allowance/**", CLERK);
    }
}
