/**
 * The run report: per file and per reason counts, every rejected record with file, line, item and a Japanese message,
 * the normalisations made, and the reconciliation (read = accepted + rejected, and what reached the loader =
 * accepted); written as JSON (Jackson) for machines and Markdown for people, in a stable order so that two runs over
 * the same input give byte-identical reports apart from the start time.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.report;
