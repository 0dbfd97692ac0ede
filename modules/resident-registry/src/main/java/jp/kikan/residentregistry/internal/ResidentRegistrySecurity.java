package jp.kikan.residentregistry.internal;

import jp.kikan.platform.security.ApiAccessRule;
import jp.kikan.platform.ui.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the resident registry API: its clerks and supervisors; DV等支援措置 only by the staff in charge of
 * them (who alone see a restricted person's address).
 */
@Configuration(proxyBeanMethods = false)
class ResidentRegistrySecurity {

    static final String CLERK = "resident-registry:clerk";
    static final String SUPERVISOR = "resident-registry:supervisor";
    /** 支援措置 担当: records support measures and sees the address of persons under them. */
    static final String SUPPORT_MEASURES = "resident-registry:support-measures";

    @Bean
    ApiAccessRule residentRegistryApi() {
        return ApiAccessRule.of("/api/resident-registry/**", CLERK, SUPERVISOR, SUPPORT_MEASURES);
    }

    @Bean
    ApiAccessRule residentRegistrySupportMeasures() {
        return ApiAccessRule.of("/api/resident-registry/v1/tenants/*/residents/*/support-measures", SUPPORT_MEASURES);
    }

    /** The registry's screen on the start page (ADR 0027), for the same staff as its API. */
    @Bean
    Screen residentSearchScreen() {
        return Screen.of(
                ResidentScreens.SEARCH,
                "住民の検索",
                "氏名（漢字・かな）、生年月日で住民を探し、住民票の記載事項・世帯・異動履歴を見ます。転入などの異動届、住民票の写しの交付もここから。",
                CLERK,
                SUPERVISOR,
                SUPPORT_MEASURES);
    }
}
