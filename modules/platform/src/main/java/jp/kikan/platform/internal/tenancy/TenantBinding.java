package jp.kikan.platform.internal.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import jp.kikan.platform.tenant.TenantContext;
import org.slf4j.MDC;

/**
 * The rest of a request served for one tenant (団体): bound in {@link TenantContext} (the data source sets it on the
 * connection, row-level security applies it) and named in the log's {@code tenant} field, both cleared afterwards
 * whatever happens. The API's {@link TenantFilter} binds the tenant of the path, the screens' filter the staff
 * member's own.
 */
public final class TenantBinding {

    private TenantBinding() {}

    /** Runs the rest of {@code chain} for {@code tenantCode}. */
    public static void continueAs(
            String tenantCode, FilterChain chain, ServletRequest request, ServletResponse response)
            throws IOException, ServletException {
        TenantContext.bind(tenantCode);
        MDC.put("tenant", tenantCode);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            MDC.remove("tenant");
        }
    }
}
