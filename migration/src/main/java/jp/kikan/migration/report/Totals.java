package jp.kikan.migration.report;

/** Sums over the files. */
public record Totals(long read, long accepted, long rejected, long duplicates) {}
