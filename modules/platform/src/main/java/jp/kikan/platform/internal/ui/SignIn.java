package jp.kikan.platform.internal.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.security.StaffUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A staff member's session on the screens, however they signed in (the municipality's OpenID Connect provider or the
 * demo): a new session id (session fixation), the staff member as the session's principal, so that every screen
 * reads the same {@link StaffUser} the API reads from a token, and the idle timeout ({@code kikan.ui.idle-timeout},
 * 15 minutes unless configured): a session left alone that long is gone, and the next request signs in again.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignIn {

    private final SecurityContextRepository contexts;
    private final AuditLog audit;
    private final Duration idleTimeout;

    SignIn(
            SecurityContextRepository uiSecurityContextRepository,
            AuditLog audit,
            @Value("${kikan.ui.idle-timeout:PT15M}") Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("kikan.ui.idle-timeout must be positive: " + idleTimeout);
        }
        this.contexts = uiSecurityContextRepository;
        this.audit = audit;
        this.idleTimeout = idleTimeout;
    }

    /** Starts {@code staff}'s session on the screens, recorded in their 団体's audit log. */
    void establish(StaffUser staff, HttpServletRequest request, HttpServletResponse response, String how) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                staff,
                null,
                staff.roles().stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds()));
        audit.record(
                staff.tenantCode(),
                new AuditEntry(
                        Business.PLATFORM,
                        "画面へのサインイン",
                        null,
                        "SIGN_IN",
                        AuditEntry.Outcome.SUCCESS,
                        how + " roles=" + String.join(",", new java.util.TreeSet<>(staff.roles()))));
    }
}
