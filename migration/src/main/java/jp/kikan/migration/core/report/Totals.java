package jp.kikan.migration.core.report;

/** Sums over the files. */
public record Totals(long read, long accepted, long rejected, long duplicates) {}
