package jp.kikan.migration.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The application jar as the import's command line: active only when {@code kikan.migration.import.folder} is set;
 * runs the import once the application (database, tenancy, Liquibase) has started, then ends the application with the
 * import's exit code. Run it without the web server:
 *
 * <pre>
 * java -jar kikan-app-exec.jar --spring.main.web-application-type=none \
 *     --kikan.migration.import.folder=/data/legacy --kikan.migration.import.tenant=139998 \
 *     --kikan.migration.import.run-name=wakaba-2026
 * </pre>
 */
@Component
@ConditionalOnProperty(prefix = "kikan.migration.import", name = "folder")
class MigrationImportRunner implements ApplicationRunner {

    private final MigrationCommand command;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    MigrationImportRunner(MigrationImports imports, Environment environment, ConfigurableApplicationContext context) {
        this.command = new MigrationCommand(imports);
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = command.execute(environment, System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
