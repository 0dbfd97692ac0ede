package jp.kikan.platform.internal.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demo sign-in to the screens: any staff id, name, 団体 and roles, as the development token issuer signs tokens for
 * the API. It exists only where {@code kikan.ui.demo-sign-in.enabled=true} (the {@code dev} profile and the tests); a
 * deployment signs its staff in through the municipality's OpenID Connect provider instead (ADR 0027).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = DemoSignInController.ENABLED, havingValue = "true")
class DemoSignInController {

    static final String ENABLED = "kikan.ui.demo-sign-in.enabled";

    private static final int MAX_TEXT = 64;

    private final TenantDirectory tenants;
    private final SignInPage page;
    private final SignIn signIn;

    DemoSignInController(TenantDirectory tenants, SignInPage page, SignIn signIn) {
        this.tenants = tenants;
        this.page = page;
        this.signIn = signIn;
    }

    @PostMapping(UiSecurityConfiguration.SIGN_IN)
    String signIn(
            @RequestParam(name = "shokuin_id", defaultValue = "") String subject,
            @RequestParam(name = "shimei", defaultValue = "") String name,
            @RequestParam(name = "dantai", defaultValue = "") String tenant,
            @RequestParam(name = "roles", required = false) @Nullable List<String> chosen,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<String> errors = new ArrayList<>();
        if (subject.isBlank() || subject.length() > MAX_TEXT) {
            errors.add("職員ID（shokuin_id）を" + MAX_TEXT + "文字以内で入力してください。");
        }
        if (name.length() > MAX_TEXT) {
            errors.add("氏名（shimei）は" + MAX_TEXT + "文字以内で入力してください。");
        }
        if (tenants.find(tenant).isEmpty()) {
            errors.add("団体（dantai）を選んでください。");
        }
        Set<String> known = page.roles();
        List<String> held = chosen == null ? List.of() : chosen;
        if (!known.containsAll(held)) {
            errors.add("ロール（roles）に知られていないものがあります。");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            response.setStatus(400);
            return page.show(model);
        }
        StaffUser staff = new StaffUser(
                subject.strip(), name.isBlank() ? subject.strip() : name.strip(), tenant, Set.copyOf(held));
        signIn.establish(staff, request, response, "demo");
        return "redirect:/ui";
    }
}
