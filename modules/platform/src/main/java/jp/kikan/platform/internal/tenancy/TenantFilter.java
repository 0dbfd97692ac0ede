package jp.kikan.platform.internal.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.internal.web.ProblemRenderer;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant named in the path ({@code /api/<business>/v<n>/tenants/<団体コード>/...}) for the request,
 * after checking that the code's check digit is right, that it is the tenant of the caller's token, and that the
 * tenant is registered. A caller reaching for another tenant gets 403 whether that tenant is registered or not (so a
 * token cannot find out which tenants are served here), recorded in the caller's own tenant's audit log and, when the
 * tenant reached for is registered, in its log too.
 */
public class TenantFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TenantFilter.class);
    private static final Pattern TENANT_PATH = Pattern.compile("^/api/([a-z0-9-]+)/v[0-9]+/tenants/([^/]+)(/.*)?$");

    private final TenantDirectory tenants;
    private final AuditLog audit;
    private final ProblemRenderer problems;

    public TenantFilter(TenantDirectory tenants, AuditLog audit, ProblemRenderer problems) {
        this.tenants = tenants;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = TENANT_PATH.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String business = m.group(1);
        String code = m.group(2);
        if (!LocalGovernmentCode.isValid(code)) {
            problems.write(
                    new ProblemException(
                            400,
                            "invalid-tenant-code",
                            "団体コード「" + code + "」は6桁の数字で、検査数字が正しくなければなりません。",
                            List.of(new InvalidParam("tenantCode", "check-digit", "全国地方公共団体コードとして正しくありません。"))),
                    request,
                    response);
            return;
        }
        Optional<StaffUser> staff = CurrentStaff.find();
        if (staff.isPresent() && !code.equals(staff.get().tenantCode())) {
            // Before asking whether the tenant is registered: a caller learns nothing about tenants it does not hold.
            recordRefusal(staff.get(), business, code, request);
            problems.write(
                    ProblemException.forbidden("tenant-mismatch", "この利用者は団体コード「" + code + "」の団体のデータにアクセスできません。"),
                    request,
                    response);
            return;
        }
        if (tenants.find(code).isEmpty()) {
            problems.write(
                    new ProblemException(
                            404,
                            "unknown-tenant",
                            "団体コード「" + code + "」の団体はこのシステムに登録されていません。",
                            List.of(new InvalidParam("tenantCode", "unknown", "登録されていない団体です。"))),
                    request,
                    response);
            return;
        }
        TenantBinding.continueAs(code, chain, request, response);
    }

    /**
     * Records the refusal in the chain of the tenant whose data was reached for when it is registered here (its
     * auditors must see it), and in the caller's own tenant's chain when that tenant is registered here.
     */
    private void recordRefusal(StaffUser staff, String business, String requested, HttpServletRequest request) {
        Business target = Business.bySlug(business).orElse(Business.PLATFORM);
        String attempt = request.getMethod() + " " + request.getRequestURI();
        String own = staff.tenantCode();
        if (tenants.find(requested).isPresent()) {
            audit.record(
                    requested,
                    new AuditEntry(
                            target,
                            "他団体の職員によるアクセス",
                            "tenant:" + (own.isBlank() ? "?" : own),
                            AuditLog.ACCESS_DENIED,
                            AuditEntry.Outcome.DENIED,
                            attempt));
        }
        if (LocalGovernmentCode.isValid(own) && tenants.find(own).isPresent()) {
            audit.record(
                    own,
                    new AuditEntry(
                            target,
                            "他団体のデータへのアクセス",
                            "tenant:" + requested,
                            AuditLog.ACCESS_DENIED,
                            AuditEntry.Outcome.DENIED,
                            attempt));
        } else {
            log.warn(
                    "Refused cross-tenant request from {} whose token names no tenant registered here",
                    staff.subject());
        }
    }
}
