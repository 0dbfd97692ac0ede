package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.KikanApplication;
import kikan.testsupport.ApiTestBase;
import kikan.testsupport.Browser;
import kikan.testsupport.OidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff sign in to the screens as a deployment signs them in (issue 14, item 2; ADR 0027): through the municipality's
 * OpenID Connect provider with the authorization code flow and PKCE, the demo sign-in off. The ID token's claims are
 * the staff member's 団体 and roles, as an access token's are for the API; a token naming no 団体 of this deployment
 * signs nobody in; a session left idle past {@code kikan.ui.idle-timeout} is gone.
 */
@SpringBootTest(classes = KikanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffSignInBrowserTest extends ApiTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    jp.kikan.platform.audit.AuditLog audit;

    private static final OidcProvider PROVIDER = OidcProvider.start();

    @DynamicPropertySource
    static void theMunicipalitysProvider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.kikan.";
        properties.add(registration + "client-id", () -> OidcProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> OidcProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "試験市職員認証基盤");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.kikan.issuer-uri", PROVIDER::issuer);
        properties.add("kikan.ui.demo-sign-in.enabled", () -> "false");
        properties.add("kikan.ui.idle-timeout", () -> "PT3S");
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @Test
    void aClerkSignsInAtTheProviderWithPkceAndIsSignedOutWhenIdle() throws InterruptedException {
        PROVIDER.nextSignIn("oidc-clerk-1", "認証　太郎", DEMO, "resident-registry:clerk");
        int asked = PROVIDER.challenges().size();
        try (Browser browser = Browser.open(port)) {
            browser.go("/ui/resident-registry/residents");
            assertThat(browser.path()).startsWith("/ui/sign-in");
            assertThat(browser.text()).contains("試験市職員認証基盤でサインイン").doesNotContain("デモ用のサインイン", "職員ID");
            browser.screenshot("ui-sign-in-oidc");

            browser.clickLink("試験市職員認証基盤でサインイン");
            assertThat(browser.path()).isEqualTo("/ui");
            assertThat(browser.text()).contains("住民の検索");
            assertThat(browser.source()).contains("認証　太郎 さん");
            assertThat(PROVIDER.refusals())
                    .as("the application asked as the provider requires")
                    .isEmpty();
            assertThat(PROVIDER.challenges())
                    .as("one authorization request, with a PKCE challenge")
                    .hasSize(asked + 1);

            audit.sealPending();
            assertThat(jdbc.queryForList(
                            "SELECT detail FROM platform.audit_record WHERE tenant_code = ? AND actor = 'oidc-clerk-1'"
                                    + " AND operation = 'SIGN_IN'",
                            String.class,
                            DEMO))
                    .as("the sign-in is in the 団体's audit log")
                    .anySatisfy(d -> assertThat(d).startsWith("OpenID Connect " + PROVIDER.issuer()));

            browser.go("/ui/resident-registry/residents");
            assertThat(browser.path())
                    .as("the clerk's role opens the search")
                    .isEqualTo("/ui/resident-registry/residents");

            Thread.sleep(4_000);
            browser.go("/ui/resident-registry/residents");
            assertThat(browser.path()).as("idle past the timeout: signed out").startsWith("/ui/sign-in");
            assertThat(browser.text()).contains("一定時間操作がなかったため、サインアウトしました");
        }
    }

    @Test
    void staffWhoseTokenNamesNoTenantOfThisDeploymentAreNotSignedIn() {
        PROVIDER.nextSignIn("oidc-stranger", "よそ　の人", "999990", "resident-registry:clerk");
        try (Browser browser = Browser.open(port)) {
            browser.go("/ui/sign-in").clickLink("試験市職員認証基盤でサインイン");
            assertThat(browser.path()).isEqualTo("/ui/sign-in?error=tenant");
            assertThat(browser.text()).contains("この団体の職員としての登録（団体コード）がありません");
            browser.go("/ui/resident-registry/residents");
            assertThat(browser.path()).as("still not signed in").startsWith("/ui/sign-in");
        }
    }

    @Test
    void theDemoSignInIsNotOffered() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/ui/sign-in");
            assertThat(browser.source()).doesNotContain("shokuin_id");
        }
    }
}
