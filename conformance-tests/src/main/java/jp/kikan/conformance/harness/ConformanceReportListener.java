package jp.kikan.conformance.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects, per requirement, the outcome of the tests that name it ({@link Requirement}) and writes the conformance
 * report at the end of the run: {@code conformance-report.json} and {@code conformance-report.md}.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so any JUnit
 * Platform launcher with this module on its class path (Maven Surefire, an IDE, the console launcher) produces the
 * report. Configuration, read as JUnit configuration parameters (which fall back to system properties):
 *
 * <ul>
 *   <li>{@value #REPORT_DIR} — output folder, default {@code target/conformance}</li>
 *   <li>{@value #REQUIREMENTS} — class-path folder of the catalogues, default {@code requirements}</li>
 *   <li>{@value ConformanceTarget#BASE_URL_PROPERTY} — shown in the report, see {@link ConformanceTarget}</li>
 * </ul>
 *
 * <p>A test's outcome is its own result; a test that never ran because its class failed or was aborted in
 * {@code @BeforeAll}, or was disabled with its class, takes the outcome of that container.
 */
public class ConformanceReportListener implements TestExecutionListener {

    /** Configuration parameter: where to write the report. */
    public static final String REPORT_DIR = "kikan.conformance.report-dir";
    /** Configuration parameter: class-path folder of the requirement catalogues. */
    public static final String REQUIREMENTS = "kikan.conformance.requirements";

    private final Clock clock;
    private final Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();
    private final List<TestIdentifier> finishOrder = new ArrayList<>();
    private @Nullable OffsetDateTime startedAt;
    private @Nullable ConformanceReport lastReport;

    /** Used by the service loader. */
    public ConformanceReportListener() {
        this(Clock.systemDefaultZone());
    }

    /** With a fixed clock, for tests. */
    public ConformanceReportListener(Clock clock) {
        this.clock = clock;
    }

    /** The report written at the end of the last run, if a run has finished. */
    public Optional<ConformanceReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        results.clear();
        skipped.clear();
        synchronized (finishOrder) {
            finishOrder.clear();
        }
        startedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        skipped.put(testIdentifier.getUniqueId(), reason);
        record(testIdentifier);
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        results.put(testIdentifier.getUniqueId(), testExecutionResult);
        record(testIdentifier);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        OffsetDateTime finishedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String folder = testPlan.getConfigurationParameters().get(REQUIREMENTS).orElse("requirements");
        Path reportDir =
                Path.of(testPlan.getConfigurationParameters().get(REPORT_DIR).orElse("target/conformance"));
        String baseUrl = ConformanceTarget.reportedBaseUrl(
                testPlan.getConfigurationParameters().get(ConformanceTarget.BASE_URL_PROPERTY));
        RequirementCatalogue.Loaded catalogues =
                RequirementCatalogue.loadAll(Thread.currentThread().getContextClassLoader(), folder);
        ConformanceReport report = ConformanceReport.build(
                baseUrl, startedAt == null ? finishedAt : startedAt, finishedAt, catalogues, namedOutcomes(testPlan));
        try {
            ReportWriter.write(report, reportDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report to " + reportDir, e);
        }
        lastReport = report;
        ConformanceReport.Summary totals = report.totals();
        System.out.printf(
                "[kikan conformance] %s: %d requirements, pass %d, fail %d, not-implemented %d, errors %d -> %s%n",
                baseUrl,
                totals.requirements(),
                totals.pass(),
                totals.fail(),
                totals.notImplemented(),
                report.errors().size(),
                reportDir.toAbsolutePath().resolve(ReportWriter.MARKDOWN_FILE));
    }

    private void record(TestIdentifier testIdentifier) {
        synchronized (finishOrder) {
            finishOrder.add(testIdentifier);
        }
    }

    /** Every (requirement, outcome) pair of every test in the plan that names a requirement, in execution order. */
    private List<Map.Entry<Requirement, TestOutcome>> namedOutcomes(TestPlan plan) {
        Set<TestIdentifier> tests = new LinkedHashSet<>();
        synchronized (finishOrder) {
            tests.addAll(finishOrder);
        }
        for (TestIdentifier root : plan.getRoots()) {
            tests.addAll(plan.getDescendants(root));
        }
        List<Map.Entry<Requirement, TestOutcome>> named = new ArrayList<>();
        for (TestIdentifier test : tests) {
            if (!test.isTest()) {
                continue;
            }
            List<Requirement> requirements = requirementsOf(plan, test);
            if (requirements.isEmpty()) {
                continue;
            }
            TestOutcome outcome = outcomeOf(plan, test);
            requirements.forEach(r -> named.add(new AbstractMap.SimpleImmutableEntry<>(r, outcome)));
        }
        return named;
    }

    private static List<Requirement> requirementsOf(TestPlan plan, TestIdentifier test) {
        Optional<MethodSource> source = Optional.empty();
        for (TestIdentifier at = test;
                at != null && source.isEmpty();
                at = plan.getParent(at).orElse(null)) {
            source = at.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
        }
        if (source.isEmpty()) {
            return List.of();
        }
        List<Requirement> requirements = new ArrayList<>();
        Method method;
        try {
            method = source.get().getJavaMethod();
        } catch (RuntimeException e) {
            return List.of();
        }
        requirements.addAll(Arrays.asList(method.getAnnotationsByType(Requirement.class)));
        for (Class<?> type = source.get().getJavaClass(); type != null; type = type.getEnclosingClass()) {
            requirements.addAll(Arrays.asList(type.getAnnotationsByType(Requirement.class)));
        }
        return requirements;
    }

    private TestOutcome outcomeOf(TestPlan plan, TestIdentifier test) {
        String name = displayPath(plan, test);
        for (TestIdentifier at = test; at != null; at = plan.getParent(at).orElse(null)) {
            String reason = skipped.get(at.getUniqueId());
            if (reason != null) {
                return new TestOutcome(name, TestOutcome.Result.SKIPPED, reason);
            }
            TestExecutionResult result = results.get(at.getUniqueId());
            if (result != null && (at == test || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)) {
                String message = result.getThrowable()
                        .map(ConformanceReportListener::message)
                        .orElse(null);
                String prefix = at == test ? "" : "in " + at.getDisplayName() + ": ";
                return switch (result.getStatus()) {
                    case SUCCESSFUL -> new TestOutcome(name, TestOutcome.Result.PASSED, null);
                    case FAILED -> new TestOutcome(name, TestOutcome.Result.FAILED, prefix + message);
                    case ABORTED -> new TestOutcome(name, TestOutcome.Result.ABORTED, prefix + message);
                };
            }
        }
        return new TestOutcome(name, TestOutcome.Result.NOT_RUN, null);
    }

    private static String message(Throwable throwable) {
        String message = throwable.getMessage();
        return message == null || message.isBlank() ? throwable.getClass().getName() : message.strip();
    }

    /** "ResidentRegistryConformanceTest > 転入 > issues_a_copy()" — the class and display names down to the test. */
    private static String displayPath(TestPlan plan, TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier at = test; at != null; at = plan.getParent(at).orElse(null)) {
            if (plan.getParent(at).isPresent()) {
                names.add(0, at.getDisplayName());
            }
        }
        return String.join(" > ", names);
    }
}
