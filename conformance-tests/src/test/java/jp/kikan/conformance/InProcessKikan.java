package jp.kikan.conformance;

import java.net.URI;
import jp.kikan.KikanApplication;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.platform.tenant.TenantDirectory;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When no base URL is configured ({@code KIKAN_BASE_URL} or {@code -Dkikan.conformance.base-url}), starts Kikan
 * in this JVM on a random port with the demo municipality (dev profile, local PostgreSQL unless KIKAN_DB_URL),
 * and points the suites at it. With a base URL, the suites run against that deployment instead.
 */
public class InProcessKikan implements LauncherSessionListener {

    private static ConfigurableApplicationContext context;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String property = System.getProperty(ConformanceTarget.BASE_URL_PROPERTY);
        String env = System.getenv(ConformanceTarget.BASE_URL_ENV);
        if ((property != null && !property.isBlank()) || (env != null && !env.isBlank())) {
            return;
        }
        synchronized (InProcessKikan.class) {
            if (context == null) {
                context = new SpringApplication(KikanApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.profiles.active=dev",
                                "--logging.structured.format.console=",
                                "--logging.level.root=WARN");
                context.getBean(TenantDirectory.class).register(ConformanceTarget.OTHER_TENANT, "千代田区", "チヨダク");
                int port =
                        ((WebServerApplicationContext) context).getWebServer().getPort();
                ConformanceTarget.use(URI.create("http://localhost:" + port));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> context.close(), "kikan-in-process-stop"));
            }
        }
    }
}
