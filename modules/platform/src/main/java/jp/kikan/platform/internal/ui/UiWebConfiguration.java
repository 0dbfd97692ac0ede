package jp.kikan.platform.internal.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.ui.PersonAction;
import jp.kikan.platform.ui.Screen;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every screen's layout shows (ADR 0027): the signed-in staff member, the 団体 they act for, and the screens
 * their roles open, the {@link PersonAction}s a person's page offers them, added to the model of every page under {@code /ui} (and of no API response).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UiWebConfiguration implements WebMvcConfigurer {

    private final TenantDirectory tenants;
    private final ObjectProvider<Screen> screens;
    private final ObjectProvider<PersonAction> personActions;

    UiWebConfiguration(
            TenantDirectory tenants, ObjectProvider<Screen> screens, ObjectProvider<PersonAction> personActions) {
        this.tenants = tenants;
        this.screens = screens;
        this.personActions = personActions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void postHandle(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            @Nullable ModelAndView page) {
                        if (page == null || String.valueOf(page.getViewName()).startsWith("redirect:")) {
                            return;
                        }
                        CurrentStaff.find().ifPresent(staff -> {
                            page.addObject("staff", staff);
                            page.addObject(
                                    "tenantName",
                                    tenants.find(staff.tenantCode())
                                            .map(t -> t.name())
                                            .orElse(staff.tenantCode()));
                            page.addObject("menu", menu(staff));
                            page.addObject(
                                    "personActions",
                                    personActions
                                            .orderedStream()
                                            .filter(a -> a.openTo(staff.roles()))
                                            .toList());
                        });
                    }
                })
                .addPathPatterns("/ui", "/ui/**");
    }

    /** The screens {@code staff}'s roles open, in the order the modules declare them. */
    List<Screen> menu(StaffUser staff) {
        return screens.orderedStream().filter(s -> s.openTo(staff.roles())).toList();
    }
}
