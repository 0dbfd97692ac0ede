package jp.kikan.platform.parameter;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One or more parameter files are wrong; thrown at start-up so the application never runs with a doubtful legal
 * number. Lists every problem found, each with file, key and line, not only the first.
 */
public class ParameterFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem in a parameter file.
     *
     * @param resource class-path resource name (or URL) of the file
     * @param key      the parameter key, when the problem is inside one parameter
     * @param line     1-based line number, 0 when unknown
     * @param message  what is wrong, in English, naming the YAML field
     */
    public record Problem(String resource, @Nullable String key, int line, String message) {

        @Override
        public String toString() {
            return resource + (line > 0 ? ":" + line : "") + (key != null ? " [" + key + "]" : "") + " " + message;
        }
    }

    private final transient List<Problem> problems;

    public ParameterFileException(List<Problem> problems) {
        super(problems.size() + " problem(s) in legal parameter files:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
