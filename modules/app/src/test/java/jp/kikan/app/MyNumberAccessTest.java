package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.Business;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.MyNumberAccess;
import jp.kikan.platform.tenant.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** 個人番号 only for 個人番号利用事務 and staff holding the role; every disclosure and refusal audited. */
class MyNumberAccessTest extends IntegrationTest {

    private static final String TENANT = newTenantCode();

    @Autowired
    MyNumberAccess myNumbers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jp.kikan.platform.audit.AuditLog audit;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private void loginAs(String subject, String... roles) {
        Jwt jwt = new Jwt(
                "t",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of("alg", "none"),
                Map.of("sub", subject, "tenant", TENANT, "roles", List.of(roles)));
        SecurityContextHolder.getContext()
                .setAuthentication(new JwtAuthenticationToken(
                        jwt,
                        List.of(roles).stream().map(SimpleGrantedAuthority::new).toList(),
                        subject));
    }

    private long audited(String actor, String outcome) {
        audit.sealPending();
        return TenantContext.callAs(
                TENANT,
                () -> jdbc.queryForObject(
                        "SELECT count(*) FROM platform.audit_record WHERE tenant_code = ? AND actor = ? AND operation = 'MY_NUMBER_READ' AND outcome = ?",
                        Long.class,
                        TENANT,
                        actor,
                        outcome));
    }

    @Test
    void aPermittedBusinessWithTheRoleSeesTheNumberAndTheDisclosureIsAudited() {
        tenants.register(TENANT, "番号試験市", "バンゴウシケンシ");
        loginAs("mn-clerk", "child-allowance:clerk", "child-allowance:my-number");
        TenantContext.runAs(TENANT, () -> assertThat(myNumbers
                        .disclose(Business.CHILD_ALLOWANCE, "児童手当の認定請求の審査", "000000000000001", "123456789018")
                        .value())
                .isEqualTo("123456789018"));
        assertThat(audited("mn-clerk", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aBusinessThatIsNoMyNumberBusinessIsRefusedAndTheRefusalAudited() {
        tenants.register(TENANT, "番号試験市", "バンゴウシケンシ");
        loginAs("seal-clerk", "seal-registration:clerk", "seal-registration:my-number");
        assertThatThrownBy(() -> TenantContext.runAs(
                        TENANT,
                        () -> myNumbers.disclose(
                                Business.SEAL_REGISTRATION, "印鑑登録", "000000000000001", "123456789018")))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.code()).isEqualTo("my-number-not-permitted");
                    assertThat(p.detail()).contains("個人番号利用事務ではない");
                });
        assertThat(audited("seal-clerk", "DENIED")).isEqualTo(1);
    }

    @Test
    void staffWithoutTheMyNumberRoleIsRefused() {
        tenants.register(TENANT, "番号試験市", "バンゴウシケンシ");
        loginAs("plain-clerk", "child-allowance:clerk");
        assertThatThrownBy(() -> TenantContext.runAs(
                        TENANT,
                        () -> myNumbers.disclose(Business.CHILD_ALLOWANCE, "児童手当", "000000000000001", "123456789018")))
                .isInstanceOf(ProblemException.class);
        assertThat(audited("plain-clerk", "DENIED")).isEqualTo(1);
    }
}
