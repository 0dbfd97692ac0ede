package jp.kikan.migration.core.report;

/** One reason of a rejection: the item (romaji, empty for the record), the stable code, the Japanese message. */
public record RejectionProblem(String field, String code, String message) {}
