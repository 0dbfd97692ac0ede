package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import jp.kikan.KikanApplication;
import jp.kikan.migration.internal.MigrationCommand;
import jp.kikan.migration.internal.MigrationImports;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.residentregistry.ResidentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application jar as the データ移行 command line starts without a web server ({@code
 * --spring.main.web-application-type=none}, as migration/README documents): no HTTP API, no HTTP security, and the
 * import runs and stores. (Its runner ends the JVM, so the test drives the same command through the started context.)
 */
class CommandLineApplicationTest {

    @Test
    void theApplicationStartsWithoutAWebServerAndImports(@TempDir Path work) throws Exception {
        LegacySets.Generated set = LegacySets.generate(work.resolve("set"), 200, 5, Map.of(), "fixed");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KikanApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run()) {
            assertThat(context).isNotInstanceOf(WebApplicationContext.class);
            String tenant = IntegrationTest.newTenantCode();
            context.getBean(TenantDirectory.class).register(tenant, "移行市", "イコウシ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new MigrationCommand(context.getBean(MigrationImports.class))
                    .execute(
                            new MockEnvironment()
                                    .withProperty(
                                            "kikan.migration.import.folder",
                                            set.folder().toString())
                                    .withProperty("kikan.migration.import.tenant", tenant)
                                    .withProperty("kikan.migration.import.run-name", "command-line")
                                    .withProperty(
                                            "kikan.migration.import.report",
                                            work.resolve("report").toString())
                                    .withProperty("kikan.migration.import.quiet", "true"),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code)
                    .as(err.toString(StandardCharsets.UTF_8))
                    .isIn(0, 1); // 1: 不詳 birth dates the registry cannot hold yet are refused and reported
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("stored now");
            String someone = set.accepted().residents.stream()
                    .filter(r -> !r.seinengappi().isFusho())
                    .findFirst()
                    .orElseThrow()
                    .atenabango();
            TenantContext.runAs(tenant, () -> assertThat(
                            context.getBean(ResidentRegistry.class).findCurrent(someone))
                    .isPresent());
            // no operator given: the operating-system user is the actor of the run and of every batch
            context.getBean(jp.kikan.platform.audit.AuditLog.class).sealPending();
            assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                            .queryForList(
                                    "SELECT DISTINCT actor FROM platform.audit_record WHERE tenant_code = ?"
                                            + " AND purpose = 'データ移行'",
                                    String.class,
                                    tenant))
                    .containsExactly("cli:" + System.getProperty("user.name"));
        }
    }
}
