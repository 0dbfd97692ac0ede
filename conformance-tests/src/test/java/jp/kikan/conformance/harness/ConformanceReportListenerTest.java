package jp.kikan.conformance.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.conformance.harness.fixtures.FailingSetupSuite;
import jp.kikan.conformance.harness.fixtures.SampleSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the fixture suites through a nested Launcher and reads the report the listener wrote. */
class ConformanceReportListenerTest {

    private static final String BASE_URL = "http://target.example:8080";

    @TempDir
    static Path reportDir;

    static JsonNode json;
    static String markdown;

    @BeforeAll
    static void runFixtureSuites() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T00:30:00Z"), ZoneId.of("Asia/Tokyo"));
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new ConformanceReportListener(clock))
                .build();
        LauncherFactory.create(config).execute(request(reportDir));
        json = JsonMapper.builder().build().readTree(Files.readString(reportDir.resolve("conformance-report.json")));
        markdown = Files.readString(reportDir.resolve("conformance-report.md"));
    }

    @Test
    void the_report_names_the_target_and_the_time() {
        assertThat(json.path("baseUrl").asString()).isEqualTo(BASE_URL);
        assertThat(json.path("startedAt").asString()).isEqualTo("2026-04-01T09:30:00+09:00");
        assertThat(markdown).contains("試験対象 (base URL): " + BASE_URL, "2026-04-01T09:30:00+09:00");
    }

    @Test
    void every_requirement_of_every_catalogue_is_listed_with_its_status() {
        assertThat(statuses("sample-registry"))
                .containsExactly(
                        "0010001=pass",
                        "0010002=fail",
                        "0010003=not-implemented",
                        "0010004=not-implemented",
                        "0010005=pass",
                        "0010006=pass",
                        "0010007=fail",
                        "0010008=not-implemented");
        assertThat(statuses("platform")).containsExactly("PLT-0001=pass");
    }

    @Test
    void a_failure_carries_its_message() {
        JsonNode moved = requirement("sample-registry", "0010002");
        assertThat(moved.path("failures").get(0).asString())
                .startsWith("SampleSuite > records_a_move()")
                .contains("POST /moves status", "expected: 201", "but was: 500");
        assertThat(requirement("sample-registry", "0010007")
                        .path("failures")
                        .get(0)
                        .asString())
                .contains("in FailingSetupSuite: target did not start");
    }

    @Test
    void aborted_disabled_and_untested_requirements_say_why() {
        assertThat(requirement("sample-registry", "0010003")
                        .path("tests")
                        .get(0)
                        .path("result")
                        .asString())
                .isEqualTo("aborted");
        assertThat(requirement("sample-registry", "0010003")
                        .path("tests")
                        .get(0)
                        .path("message")
                        .asString())
                .contains("target does not offer the optional inquiry");
        assertThat(requirement("sample-registry", "0010004")
                        .path("tests")
                        .get(0)
                        .path("message")
                        .asString())
                .isEqualTo("not built yet");
        assertThat(requirement("sample-registry", "0010008").path("tests")).isEmpty();
        assertThat(requirement("sample-registry", "0010001").path("tests")).hasSize(2);
        assertThat(requirement("sample-registry", "0010006").path("tests")).hasSize(2);
    }

    @Test
    void summaries_per_business_and_in_total() {
        JsonNode sample = business("sample-registry").path("summary");
        assertThat(sample.path("requirements").asInt()).isEqualTo(8);
        assertThat(sample.path("pass").asInt()).isEqualTo(3);
        assertThat(sample.path("fail").asInt()).isEqualTo(2);
        assertThat(sample.path("notImplemented").asInt()).isEqualTo(3);
        assertThat(sample.path("mandatory").asInt()).isEqualTo(6);
        assertThat(sample.path("mandatoryPass").asInt()).isEqualTo(2);
        JsonNode totals = json.path("totals");
        assertThat(totals.path("requirements").asInt()).isEqualTo(9);
        assertThat(totals.path("pass").asInt()).isEqualTo(4);
        assertThat(markdown)
                .contains(
                        "| sample-registry | サンプル標準仕様書 | 8 | 3 | 2 | 3 | 2/6 |", "| **合計** | | 9 | 4 | 2 | 3 | 3/7 |");
    }

    @Test
    void a_test_naming_an_unknown_requirement_or_the_wrong_kind_is_an_error() {
        List<String> codes = new ArrayList<>();
        json.path("errors")
                .forEach(e -> codes.add(e.path("code").asString() + ":"
                        + e.path("requirementId").asString()));
        assertThat(codes).containsExactlyInAnyOrder("unknown-requirement:0019999", "kind-mismatch:0010005");
        assertThat(json.path("errorCount").asInt()).isEqualTo(2);
        assertThat(markdown).contains("`unknown-requirement` test names requirement 0019999");
    }

    @Test
    void the_markdown_lists_each_requirement_in_a_table() {
        assertThat(markdown)
                .contains("| 0010001 | 写しの交付 | 実装必須 | pass |")
                .contains("| 0010002 | 異動の届出 | 実装必須 | fail |")
                .contains("| 0010003 | 任意の照会 | 標準オプション | not-implemented |")
                .contains("| 0010008 | 試験のない機能 | 実装必須 | not-implemented | サンプル標準仕様書 第1.0版 3.1.8 | 試験なし |");
    }

    @Test
    void the_listener_is_registered_as_a_service(@TempDir Path otherDir) {
        LauncherFactory.create().execute(request(otherDir));

        assertThat(otherDir.resolve("conformance-report.json")).exists();
        assertThat(otherDir.resolve("conformance-report.md")).content().contains(BASE_URL);
    }

    private static LauncherDiscoveryRequest request(Path dir) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SampleSuite.class), selectClass(FailingSetupSuite.class))
                .configurationParameter(ConformanceReportListener.REPORT_DIR, dir.toString())
                .configurationParameter(ConformanceReportListener.REQUIREMENTS, "fixture-requirements")
                .configurationParameter(ConformanceTarget.BASE_URL_PROPERTY, BASE_URL)
                .build();
    }

    private static JsonNode business(String name) {
        for (JsonNode business : json.path("businesses")) {
            if (business.path("business").asString().equals(name)) {
                return business;
            }
        }
        throw new AssertionError("no business " + name + " in " + json);
    }

    private static JsonNode requirement(String businessName, String id) {
        for (JsonNode requirement : business(businessName).path("requirements")) {
            if (requirement.path("id").asString().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError("no requirement " + id);
    }

    private static List<String> statuses(String businessName) {
        List<String> statuses = new ArrayList<>();
        business(businessName)
                .path("requirements")
                .forEach(r -> statuses.add(
                        r.path("id").asString() + "=" + r.path("status").asString()));
        return statuses;
    }
}
