package jp.kikan.conformance.harness;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one test that names a requirement.
 *
 * @param test    readable test name: class, nested classes and display name
 * @param result  the outcome
 * @param message failure or abort message, or the reason a test was disabled; null when passed
 */
public record TestOutcome(
        String test, Result result, @Nullable String message) {

    /** The outcome of a single test. */
    public enum Result {
        /** Ran and passed. */
        PASSED("passed"),
        /** Ran and failed (an assertion or an error), or its container failed before it could run. */
        FAILED("failed"),
        /** Stopped by an assumption (e.g. the target does not offer an optional feature). */
        ABORTED("aborted"),
        /** Disabled, with its reason. */
        SKIPPED("skipped"),
        /** Discovered but never reported (the run was interrupted or filtered). */
        NOT_RUN("not-run");

        private final String code;

        Result(String code) {
            this.code = code;
        }

        /** As written in the report. */
        public String code() {
            return code;
        }
    }
}
