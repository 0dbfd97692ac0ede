package jp.kikan.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec lint of the build: every business contract in {@code specs/<business>/<business>.yaml} must parse
 * with all references resolved and follow the Kikan API rules (architecture.md §5).
 */
class SpecLintTest {

    private static final Pattern TENANT_PATH =
            Pattern.compile("^/api/[a-z0-9-]+/v[0-9]+/tenants/\\{tenantCode}(/.*)?$");

    @TestFactory
    Stream<DynamicTest> everyContractFollowsTheRules() throws IOException {
        List<Path> specs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("."), 2)) {
            files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> p.getParent() != null
                            && p.getFileName().toString().equals(p.getParent().getFileName() + ".yaml"))
                    .forEach(specs::add);
        }
        assertThat(specs).as("business contracts found").isNotEmpty();
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.toString(), () -> lint(spec)));
    }

    private static void lint(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toString(), null, options);
        assertThat(result.getMessages()).as("parser messages of %s", spec).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getInfo().getVersion()).as("info.version").isNotBlank();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            if (!TENANT_PATH.matcher(path.getKey()).matches()) {
                problems.add(path.getKey() + ": paths live under /api/<business>/v<n>/tenants/{tenantCode}");
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    path.getValue().readOperationsMap().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Operation operation = op.getValue();
                if (operation.getOperationId() == null) {
                    problems.add(where + ": operationId is required");
                }
                if (operation.getTags() == null || operation.getTags().isEmpty()) {
                    problems.add(where + ": a tag is required");
                }
                List<String> params = operation.getParameters() == null
                        ? List.of()
                        : operation.getParameters().stream()
                                .map(Parameter::getName)
                                .toList();
                if (!params.contains("tenantCode")) {
                    problems.add(where + ": the tenantCode path parameter is required");
                }
                if (op.getKey() == PathItem.HttpMethod.POST) {
                    boolean computation = operation.getExtensions() != null
                            && Boolean.TRUE.equals(operation.getExtensions().get("x-kikan-computation"));
                    boolean keyRequired = operation.getParameters() != null
                            && operation.getParameters().stream()
                                    .anyMatch(p -> "Idempotency-Key".equals(p.getName())
                                            && Boolean.TRUE.equals(p.getRequired()));
                    if (computation && params.contains("Idempotency-Key")) {
                        problems.add(where + ": a computation (x-kikan-computation) takes no Idempotency-Key");
                    }
                    if (!computation && !keyRequired) {
                        problems.add(where + ": a state-changing POST must require Idempotency-Key"
                                + " (or be marked x-kikan-computation: true)");
                    }
                }
                if ((op.getKey() == PathItem.HttpMethod.PUT || op.getKey() == PathItem.HttpMethod.PATCH)
                        && !params.contains("If-Match")) {
                    problems.add(where + ": updates must take If-Match");
                }
                Map<String, ApiResponse> responses = operation.getResponses();
                for (String required : List.of("401", "403")) {
                    if (!responses.containsKey(required)) {
                        problems.add(where + ": response " + required + " must be declared");
                    }
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        if (response.getContent() == null
                                || !response.getContent().containsKey("application/problem+json")) {
                            problems.add(where + ": " + status + " must be application/problem+json");
                        }
                    }
                });
                if (responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                    problems.add(where + ": a success response is required");
                }
            }
        }
        assertThat(problems).as("lint of %s", spec).isEmpty();
    }
}
