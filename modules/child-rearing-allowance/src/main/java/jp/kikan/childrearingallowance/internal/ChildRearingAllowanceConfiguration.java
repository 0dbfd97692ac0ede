package jp.kikan.childrearingallowance.internal;

import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.EntitlementSupport;
import jp.kikan.childrearingallowance.domain.AllowanceCalculator;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.childrearingallowance.domain.PaymentPlanner;
import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The rules of 児童扶養手当 over the application's legal parameters, and who may call its API. */
@Configuration(proxyBeanMethods = false)
@Import({AllowanceCalculator.class, EffectiveMonths.class, MonthlyAmounts.class, PaymentPlanner.class})
class ChildRearingAllowanceConfiguration {

    static final String CLERK = "child-rearing-allowance:clerk";

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
