package jp.kikan.platform.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.kikan.platform.security.ApiAccessRule;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.ui.Screen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (ADR 0027): a button for each OpenID Connect provider the deployment configured (Spring's own
 * {@code spring.security.oauth2.client.registration.*}), and the demo form where {@code kikan.ui.demo-sign-in.enabled}.
 * A deployment with neither says so instead of showing an empty page.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInPage {

    /** Why a sign-in at the provider was not accepted, as {@code ?error=} names it. */
    static final String REFUSED_TENANT = "tenant";

    private final TenantDirectory tenants;
    private final ObjectProvider<Screen> screens;
    private final ObjectProvider<ApiAccessRule> rules;
    private final ObjectProvider<ClientRegistrationRepository> providers;
    private final boolean demo;

    SignInPage(
            TenantDirectory tenants,
            ObjectProvider<Screen> screens,
            ObjectProvider<ApiAccessRule> rules,
            ObjectProvider<ClientRegistrationRepository> providers,
            @Value("${" + DemoSignInController.ENABLED + ":false}") boolean demo) {
        this.tenants = tenants;
        this.screens = screens;
        this.rules = rules;
        this.providers = providers;
        this.demo = demo;
    }

    @GetMapping(UiSecurityConfiguration.SIGN_IN)
    String form(@RequestParam(name = "error", required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute(
                    "errors",
                    List.of(
                            REFUSED_TENANT.equals(error)
                                    ? "認証基盤の利用者に、この団体の職員としての登録（団体コード）がありません。情報政策担当にお問い合わせください。"
                                    : "認証基盤でのサインインができませんでした。もう一度お試しください。"));
        }
        return show(model);
    }

    /** Fills the page's model and names its template. */
    String show(Model model) {
        model.addAttribute("providers", providers());
        model.addAttribute("demo", demo);
        if (demo) {
            model.addAttribute("tenants", tenants.all());
            model.addAttribute("roles", roles());
        }
        return "ui/sign-in";
    }

    /** Every role a screen or an API rule names. */
    Set<String> roles() {
        Set<String> all = new TreeSet<>();
        screens.orderedStream().forEach(s -> all.addAll(s.roles()));
        rules.orderedStream().forEach(r -> all.addAll(r.roles()));
        return all;
    }

    /** The configured providers, as the page lists them. */
    private List<Provider> providers() {
        List<Provider> all = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                all.add(new Provider(
                        "/oauth2/authorization/" + registration.getRegistrationId(), registration.getClientName()));
            }
        }
        return all;
    }

    /** A provider's sign-in button. */
    record Provider(String href, String name) {}
}
