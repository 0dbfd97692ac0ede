package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kikan.testsupport.Browser;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check every browser test runs on every page it opens (axe-core, WCAG 2.2 A/AA; issue 14, item 7)
 * finds what it should: the screens pass it, and a field without a label or an image without a text fails it.
 */
class AccessibilityCheckBrowserTest extends ModuleIntegrationTest {

    @Test
    void theSignInAndTheSearchPassAndABrokenPageFails() {
        String tenant = newTenantCode();
        tenants.register(tenant, "点検市", "テンケンシ");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-a11y", tenant, "resident-registry:clerk").go("/ui/resident-registry/residents");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.script("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<input id=\"unlabelled\" type=\"text\"><img id=\"nameless\" src=\"/ui/assets/none.png\">')");
            assertThat(browser.accessibilityViolations())
                    .anySatisfy(
                            v -> assertThat(v).startsWith("label (critical)").contains("#unlabelled"))
                    .anySatisfy(v ->
                            assertThat(v).startsWith("image-alt (critical)").contains("#nameless"));
            assertThatThrownBy(browser::accessible)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("accessibility violations on /ui/resident-registry/residents");
        }
    }
}
