package jp.kikan.platform.internal.tenancy;

import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.web.api.TenantsApi;
import jp.kikan.platform.web.model.Tenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Tenant information for the caller's own tenant. */
@RestController
class TenantController implements TenantsApi {

    private final TenantDirectory tenants;

    TenantController(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public ResponseEntity<Tenant> getTenant(String tenantCode) {
        jp.kikan.platform.tenant.Tenant tenant =
                tenants.find(tenantCode).orElseThrow(() -> ProblemException.notFound("団体が見つかりません。"));
        return ResponseEntity.ok(new Tenant(tenant.code(), tenant.name()).nameKana(tenant.nameKana()));
    }
}
