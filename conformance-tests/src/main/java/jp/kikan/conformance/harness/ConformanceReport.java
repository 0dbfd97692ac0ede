package jp.kikan.conformance.harness;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a conformance run: every requirement of every catalogue with its status, per business and in total,
 * and the errors of the run itself (a test naming an unknown requirement, a broken catalogue).
 *
 * @param baseUrl    the system under test
 * @param startedAt  when the run started
 * @param finishedAt when it finished
 * @param businesses one entry per catalogue, by business name
 * @param errors     problems of the suites or catalogues, not of the target
 */
public record ConformanceReport(
        String baseUrl,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        List<BusinessResult> businesses,
        List<ReportError> errors) {

    /** A requirement's status in the report. */
    public enum Status {
        /** At least one test names it, none failed and at least one passed. */
        PASS("pass"),
        /** At least one test naming it failed. */
        FAIL("fail"),
        /** No test names it, or all its tests were aborted by an assumption or disabled. */
        NOT_IMPLEMENTED("not-implemented");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** As written in the report: {@code pass}, {@code fail}, {@code not-implemented}. */
        public String code() {
            return code;
        }
    }

    /**
     * One requirement and the tests that name it.
     *
     * @param requirement the catalogue entry
     * @param status      derived from the tests
     * @param tests       every test naming the requirement, in execution order
     */
    public record RequirementResult(RequirementCatalogue.Entry requirement, Status status, List<TestOutcome> tests) {

        static RequirementResult of(RequirementCatalogue.Entry requirement, List<TestOutcome> tests) {
            Status status;
            if (tests.stream().anyMatch(t -> t.result() == TestOutcome.Result.FAILED)) {
                status = Status.FAIL;
            } else if (tests.stream().anyMatch(t -> t.result() == TestOutcome.Result.PASSED)) {
                status = Status.PASS;
            } else {
                status = Status.NOT_IMPLEMENTED;
            }
            return new RequirementResult(requirement, status, List.copyOf(tests));
        }
    }

    /**
     * One business's catalogue with results.
     *
     * @param business     business name
     * @param title        the standard's name
     * @param catalogue    catalogue resource
     * @param requirements every requirement in catalogue order
     */
    public record BusinessResult(
            String business, String title, String catalogue, List<RequirementResult> requirements) {

        /** Counts for this business. */
        public Summary summary() {
            return Summary.of(requirements);
        }
    }

    /**
     * Counts of requirements by status, overall and for 実装必須 ones.
     *
     * @param requirements      all requirements
     * @param pass              passed
     * @param fail              failed
     * @param notImplemented    not implemented
     * @param mandatory         requirements that are 実装必須
     * @param mandatoryPass     実装必須 requirements that passed
     */
    public record Summary(int requirements, int pass, int fail, int notImplemented, int mandatory, int mandatoryPass) {

        static Summary of(Collection<RequirementResult> results) {
            int pass = 0;
            int fail = 0;
            int notImplemented = 0;
            int mandatory = 0;
            int mandatoryPass = 0;
            for (RequirementResult result : results) {
                switch (result.status()) {
                    case PASS -> pass++;
                    case FAIL -> fail++;
                    case NOT_IMPLEMENTED -> notImplemented++;
                }
                if (result.requirement().kind() == RequirementKind.MANDATORY) {
                    mandatory++;
                    if (result.status() == Status.PASS) {
                        mandatoryPass++;
                    }
                }
            }
            return new Summary(results.size(), pass, fail, notImplemented, mandatory, mandatoryPass);
        }
    }

    /**
     * A problem of the suites or catalogues.
     *
     * @param code          stable code: {@code unknown-requirement}, {@code kind-mismatch}, {@code invalid-catalogue}
     * @param message       what is wrong
     * @param business      business concerned, when known
     * @param requirementId requirement id concerned, when known
     * @param test          test concerned, when any, with its outcome
     */
    public record ReportError(
            String code,
            String message,
            @Nullable String business,
            @Nullable String requirementId,
            @Nullable TestOutcome test) {}

    /** Counts over all businesses. */
    public Summary totals() {
        return Summary.of(
                businesses.stream().flatMap(b -> b.requirements().stream()).toList());
    }

    /**
     * Builds the report from the catalogues and the tests that named requirements.
     *
     * @param named each test outcome with the requirements its test names
     */
    static ConformanceReport build(
            String baseUrl,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            RequirementCatalogue.Loaded catalogues,
            List<Map.Entry<Requirement, TestOutcome>> named) {
        List<ReportError> errors = new ArrayList<>();
        catalogues.problems().forEach(p -> errors.add(new ReportError("invalid-catalogue", p, null, null, null)));
        Map<String, RequirementCatalogue> byBusiness = new LinkedHashMap<>();
        catalogues.catalogues().forEach(c -> byBusiness.put(c.business(), c));
        Map<String, Map<String, List<TestOutcome>>> outcomes = new LinkedHashMap<>();
        for (Map.Entry<Requirement, TestOutcome> entry : named) {
            Requirement requirement = entry.getKey();
            TestOutcome outcome = entry.getValue();
            RequirementCatalogue catalogue = byBusiness.get(requirement.business());
            RequirementCatalogue.Entry listed =
                    catalogue == null ? null : catalogue.find(requirement.id()).orElse(null);
            if (listed == null) {
                errors.add(new ReportError(
                        "unknown-requirement",
                        "test names requirement " + requirement.id()
                                + " of business '" + requirement.business() + "', which "
                                + (catalogue == null
                                        ? "has no catalogue requirements/" + requirement.business() + ".yaml"
                                        : "is not in " + catalogue.resource()),
                        requirement.business(),
                        requirement.id(),
                        outcome));
                continue;
            }
            if (listed.kind() != requirement.kind()) {
                errors.add(new ReportError(
                        "kind-mismatch",
                        "test declares requirement " + requirement.id() + " "
                                + requirement.kind().code() + " but the catalogue says "
                                + listed.kind().code(),
                        requirement.business(),
                        requirement.id(),
                        outcome));
            }
            outcomes.computeIfAbsent(requirement.business(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(requirement.id(), id -> new ArrayList<>())
                    .add(outcome);
        }
        List<BusinessResult> businesses = new ArrayList<>();
        for (RequirementCatalogue catalogue : byBusiness.values()) {
            Map<String, List<TestOutcome>> forBusiness = outcomes.getOrDefault(catalogue.business(), Map.of());
            List<RequirementResult> results = catalogue.requirements().stream()
                    .map(r -> RequirementResult.of(r, forBusiness.getOrDefault(r.id(), List.of())))
                    .toList();
            businesses.add(new BusinessResult(catalogue.business(), catalogue.title(), catalogue.resource(), results));
        }
        return new ConformanceReport(
                Objects.requireNonNull(baseUrl), startedAt, finishedAt, List.copyOf(businesses), List.copyOf(errors));
    }
}
