package kikan.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every response the tests receive from {@code /api/<business>/...} against that business's OpenAPI
 * contract in {@code specs/}: the status must be declared and the body must match its schema. So the tests
 * also prove that what vendors read in the contract is what the application answers.
 */
public final class ContractValidator {

    private static final Path SPECS = Path.of("../../specs").toAbsolutePath().normalize();

    /** The businesses with a contract ({@code specs/<business>/<business>.yaml}). */
    private static final List<String> BUSINESSES = businesses();

    /**
     * Each contract is read when a response of its business is first checked: a module's tests read only the
     * contracts of the modules they call, not all of them.
     */
    private static final Map<String, OpenApiInteractionValidator> BY_BUSINESS = new ConcurrentHashMap<>();

    private ContractValidator() {}

    private static List<String> businesses() {
        try (java.util.stream.Stream<Path> dirs = Files.list(SPECS)) {
            return dirs.filter(d -> Files.exists(d.resolve(d.getFileName() + ".yaml")))
                    .map(d -> d.getFileName().toString())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static OpenApiInteractionValidator load(String business) {
        Path spec = SPECS.resolve(business).resolve(business + ".yaml");
        if (!Files.exists(spec)) {
            throw new IllegalStateException("contract not found: " + spec);
        }
        // allOf (a problem with extension members) is merged into one schema, so that the strict check of
        // undeclared properties applies to the whole document rather than failing each part.
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        spec.toUri().toString())
                .withResolveCombinators(true)
                .build();
    }

    /** The contract violations of one response, empty when it conforms or no contract covers the path. */
    public static List<String> violations(
            String method, String pathAndQuery, int status, Map<String, List<String>> headers, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        String business = path.split("/")[2];
        if (!BUSINESSES.contains(business)) {
            return List.of("no contract for business " + business);
        }
        OpenApiInteractionValidator validator = BY_BUSINESS.computeIfAbsent(business, ContractValidator::load);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (!body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> method + " " + path + " → " + status + ": " + m.getMessage())
                .toList();
    }
}
