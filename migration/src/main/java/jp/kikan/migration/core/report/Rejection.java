package jp.kikan.migration.core.report;

import java.util.List;

/** A rejected record: file, 1-based line and every reason, sorted by item and code. */
public record Rejection(String file, long line, List<RejectionProblem> problems) {

    public Rejection {
        problems = List.copyOf(problems);
    }
}
