package jp.kikan.migration.internal;

/** An import that cannot start: a stable code (the problem type) and a Japanese detail. */
class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    ImportRefusedException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}
