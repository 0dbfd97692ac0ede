package jp.kikan.platform.internal.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.kikan.platform.security.ApiAccessRule;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.ui.Screen;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final ObjectProvider<Screen> screens;
    private final ObjectProvider<ApiAccessRule> rules;
    private final SecurityContextRepository contexts;

    DemoSignInController(
            TenantDirectory tenants,
            ObjectProvider<Screen> screens,
            ObjectProvider<ApiAccessRule> rules,
            SecurityContextRepository uiSecurityContextRepository) {
        this.tenants = tenants;
        this.screens = screens;
        this.rules = rules;
        this.contexts = uiSecurityContextRepository;
    }

    @GetMapping(UiSecurityConfiguration.SIGN_IN)
    String form(Model model) {
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("roles", roles());
        return "ui/sign-in";
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
        Set<String> known = roles();
        List<String> held = chosen == null ? List.of() : chosen;
        if (!known.containsAll(held)) {
            errors.add("ロール（roles）に知られていないものがあります。");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("tenants", tenants.all());
            model.addAttribute("roles", known);
            response.setStatus(400);
            return "ui/sign-in";
        }
        StaffUser staff = new StaffUser(
                subject.strip(), name.isBlank() ? subject.strip() : name.strip(), tenant, Set.copyOf(held));
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id at sign-in (session fixation)
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                staff, null, held.stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/ui";
    }

    /** Every role a screen or an API rule names. */
    private Set<String> roles() {
        Set<String> all = new TreeSet<>();
        screens.orderedStream().forEach(s -> all.addAll(s.roles()));
        rules.orderedStream().forEach(r -> all.addAll(r.roles()));
        return all;
    }
}
