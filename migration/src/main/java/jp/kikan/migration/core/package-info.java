/**
 * The generic half of the migration (ADR 0019), shared by every business's legacy import and knowing none of them:
 * record readers for CSV and fixed-width files ({@code reader}), strict decoding and 外字 ({@code text}), legacy dates
 * ({@code dates}), the vocabulary and mechanics of checks ({@code validation}, {@code model}), the run report
 * ({@code report}) and the load's failure ({@code loader}). {@code ArchitectureRulesTest} keeps it free of businesses.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core;
