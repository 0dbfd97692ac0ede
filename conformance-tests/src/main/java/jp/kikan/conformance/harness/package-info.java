/**
 * The conformance harness (適合性試験): black-box suites over HTTP that name the requirement of the national standard
 * (標準仕様書の機能ID) each test checks, and a JUnit Platform listener that turns a run into a conformance report.
 *
 * <p>Suite authors use {@link jp.kikan.conformance.harness.Requirement} on test methods and
 * {@link jp.kikan.conformance.harness.ConformanceTarget} to reach the system under test; catalogues of every
 * requirement live in {@code requirements/<business>.yaml} (see
 * {@link jp.kikan.conformance.harness.RequirementCatalogue}); the report is written by
 * {@link jp.kikan.conformance.harness.ConformanceReportListener}. No Spring here: the target may be any deployment.
 */
@NullMarked
package jp.kikan.conformance.harness;

import org.jspecify.annotations.NullMarked;
