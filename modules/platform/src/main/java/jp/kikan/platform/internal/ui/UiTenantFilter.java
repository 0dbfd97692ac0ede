package jp.kikan.platform.internal.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.kikan.platform.internal.tenancy.TenantBinding;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in staff member's tenant (団体) for a screen's request: a screen acts only for the staff member's
 * own 団体, so no path names a tenant and none can be reached for. A session whose tenant is no longer served here is
 * refused.
 */
class UiTenantFilter extends OncePerRequestFilter {

    private final TenantDirectory tenants;

    UiTenantFilter(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<StaffUser> staff = CurrentStaff.find();
        if (staff.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String code = staff.get().tenantCode();
        if (tenants.find(code).isEmpty()) {
            response.sendError(403, "団体コード「" + code + "」の団体はこのシステムに登録されていません。");
            return;
        }
        TenantBinding.continueAs(code, chain, request, response);
    }
}
