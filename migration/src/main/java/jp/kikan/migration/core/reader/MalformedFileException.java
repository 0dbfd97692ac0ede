package jp.kikan.migration.core.reader;

/**
 * The file cannot be read on from here (an unclosed CSV quote, a header row missing): the records after {@link #line()}
 * are not read, so the run cannot be complete.
 */
public class MalformedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    /** @param message Japanese message */
    public MalformedFileException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public MalformedFileException(String message, long line) {
        super(message);
        this.line = line;
    }

    /** The line where reading stopped (0 when unknown). */
    public long line() {
        return line;
    }
}
