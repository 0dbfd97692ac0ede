package jp.kikan.childallowance.internal;

import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.platform.ui.PersonAction;
import jp.kikan.platform.ui.Screen;
import jp.kikan.platform.ui.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** 児童手当's screens on the start page and its 認定請求 on a person's page, for the staff who work the allowance. */
@Configuration(proxyBeanMethods = false)
class ChildAllowanceScreenConfiguration {

    @Bean
    @Order(20)
    Screen childAllowanceEntitlementsScreen() {
        return Screen.of(
                ChildAllowanceScreens.ENTITLEMENTS,
                "児童手当の受給資格",
                "認定請求中・認定済みの受給資格、月ごとの手当額、認定・却下、住民記録の異動から上がった額改定の提案を見ます。",
                ChildAllowanceConfiguration.CLERK);
    }

    @Bean
    @Order(21)
    Screen childAllowancePaymentsScreen() {
        return Screen.of(
                ChildAllowanceScreens.PAYMENTS,
                "児童手当の支払処理",
                "支払月を選んで支払処理を行い、支払の一覧と保留を見ます。",
                ChildAllowanceConfiguration.CLERK);
    }

    @Bean
    @Order(20)
    WorkList childAllowanceClaimsWaiting(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle) {
        return WorkList.of(
                "児童手当の認定請求（決定待ち）",
                ChildAllowanceScreens.ENTITLEMENTS + "?jotai=shinsei",
                lifecycle::claimsWaiting,
                ChildAllowanceConfiguration.CLERK);
    }

    @Bean
    @Order(21)
    WorkList childAllowanceProposalsWaiting(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle) {
        return WorkList.of(
                "児童手当の額改定の提案（住民記録の異動から）",
                ChildAllowanceScreens.ENTITLEMENTS + "#proposals",
                lifecycle::proposalsWaiting,
                ChildAllowanceConfiguration.CLERK);
    }

    @Bean
    PersonAction childAllowanceClaimAction() {
        return PersonAction.of("児童手当の認定請求", ChildAllowanceScreens.CLAIM, ChildAllowanceConfiguration.CLERK);
    }
}
