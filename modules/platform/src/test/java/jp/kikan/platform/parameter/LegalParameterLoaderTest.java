package jp.kikan.platform.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegalParameterLoaderTest {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void loads_every_file_listed_in_the_index_with_values_sorted_and_ends_implied() {
        List<LegalParameter> parameters = LegalParameterLoader.loadIndexed(classLoader);

        assertThat(parameters)
                .extracting(p -> p.key().toString())
                .contains(
                        "child-allowance/monthly-amount.under-3",
                        "national-health-insurance/assessment-limit.medical",
                        "kikan-test/sample.factor");
        LegalParameter underThree = parameters.stream()
                .filter(p -> p.key().key().equals("monthly-amount.under-3"))
                .findFirst()
                .orElseThrow();
        assertThat(underThree.type()).isEqualTo(ParameterType.YEN);
        assertThat(underThree.tenantOverridable()).isFalse();
        assertThat(underThree.values())
                .extracting(DatedValue::effectiveFrom)
                .containsExactly(LocalDate.of(2012, 4, 1), LocalDate.of(2024, 10, 1));
        assertThat(underThree.values().get(0).effectiveTo()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(underThree.values().get(0).value()).isEqualTo(15_000L);
    }

    @Test
    void a_value_without_source_is_rejected_with_file_key_and_line() {
        assertProblem("missing-source", "amount", 10, "'source' is missing");
    }

    @Test
    void two_values_on_the_same_date_are_rejected() {
        assertProblem("duplicate-date", "amount", 10, "duplicate effective-from 2024-04-01");
    }

    @Test
    void an_effective_to_that_runs_into_the_next_value_is_rejected() {
        assertProblem("overlapping-dates", "amount", 7, "overlaps the value from 2025-04-01");
    }

    @Test
    void a_value_that_does_not_match_its_type_is_rejected() {
        assertProblem("wrong-value-type", "amount", 8, "value does not match type yen");
        assertProblem("wrong-value-type", "ratio", 15, "not a rate between 0 and 1");
    }

    @Test
    void an_unknown_type_is_rejected() {
        assertProblem("unknown-type", "amount", 4, "unknown type 'money'");
    }

    @Test
    void empty_or_missing_values_are_rejected() {
        assertProblem("empty-values", "amount", 6, "'values' must be a non-empty list");
        assertProblem("empty-values", "other", 8, "'values' must be a non-empty list");
    }

    @Test
    void a_misspelt_field_is_rejected_rather_than_ignored() {
        assertProblem("unknown-field", "amount", 7, "unknown field 'efective-from'");
    }

    @Test
    void a_key_defined_twice_is_rejected() {
        assertProblem("duplicate-key", "amount", 10, "key is defined twice");
    }

    @Test
    void the_module_must_match_the_file_name() {
        assertProblem("wrong-module", null, 1, "does not match the file name (expected 'wrong-module')");
    }

    @Test
    void every_problem_of_every_file_is_reported_at_once() {
        ThrowingCallable load = () -> LegalParameterLoader.load(
                classLoader,
                List.of(
                        "parameters/invalid/missing-source.yaml",
                        "parameters/invalid/unknown-type.yaml",
                        "parameters/no-such-file.yaml"));

        assertThatThrownBy(load).isInstanceOfSatisfying(ParameterFileException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.getMessage())
                    .contains("parameters/invalid/missing-source.yaml:10 [amount]")
                    .contains("parameters/invalid/unknown-type.yaml:4 [amount]")
                    .contains("parameters/no-such-file.yaml listed in META-INF/kikan/parameters.list but not");
        });
    }

    @Test
    void a_parameter_file_the_index_forgot_is_reported(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("META-INF/kikan"));
        Files.createDirectories(root.resolve("parameters"));
        Files.writeString(root.resolve("META-INF/kikan/parameters.list"), "# nothing listed\n");
        Files.copy(
                Path.of("src/test/resources/parameters/kikan-test.yaml"), root.resolve("parameters/kikan-test.yaml"));

        try (URLClassLoader isolated =
                new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> LegalParameterLoader.loadIndexed(isolated))
                    .isInstanceOf(ParameterFileException.class)
                    .hasMessageContaining("parameters/kikan-test.yaml is not listed in");
        }
    }

    private void assertProblem(String file, String key, int line, String message) {
        String resource = "parameters/invalid/" + file + ".yaml";
        assertThatThrownBy(() -> LegalParameterLoader.load(classLoader, List.of(resource)))
                .isInstanceOfSatisfying(ParameterFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.resource()).isEqualTo(resource);
                            assertThat(problem.key()).isEqualTo(key);
                            assertThat(problem.line()).isEqualTo(line);
                            assertThat(problem.message()).contains(message);
                        }));
    }
}
