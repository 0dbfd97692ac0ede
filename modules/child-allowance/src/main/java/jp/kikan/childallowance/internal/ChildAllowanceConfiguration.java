package jp.kikan.childallowance.internal;

import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.EntitlementSupport;
import jp.kikan.childallowance.domain.AllowanceCalculator;
import jp.kikan.childallowance.domain.EffectiveMonths;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.childallowance.domain.PaymentPlanner;
import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The rules of 児童手当 over the application's legal parameters, its 受給資格 steps, and who may call its API. */
@Configuration(proxyBeanMethods = false)
@Import({AllowanceCalculator.class, EffectiveMonths.class, MonthlyAmounts.class, PaymentPlanner.class})
class ChildAllowanceConfiguration {

    static final String CLERK = "child-allowance:clerk";

    /** The kit's steps of a 受給資格, over 児童手当's law. */
    @Bean
    EntitlementLifecycle<Entitlement, EntitlementChild, Revision> childAllowanceLifecycle(
            ChildAllowanceLaw law, EntitlementSupport support) {
        return new EntitlementLifecycle<>(law, support);
    }

    @Bean
    ApiAccessRule childAllowanceApi() {
        return ApiAccessRule.of("/api/child-allowance/**", CLERK);
    }
}
