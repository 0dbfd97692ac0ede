package jp.kikan.platform.validation;

/**
 * A value that breaks a rule of its type (a wrong check digit, an impossible 和暦 date, a negative amount).
 *
 * <p>Thrown by the shared kernel's value types. The web layer turns it into an RFC 9457 problem document:
 * {@link #code()} becomes the stable {@code invalidParams[].code}, {@link #reason()} the Japanese
 * {@code invalidParams[].reason}; the field name is added by the caller that knows which request field
 * carried the value.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String reason;

    /**
     * @param code   stable machine code in kebab-case, e.g. {@code check-digit}, {@code wareki-out-of-era}
     * @param reason message for the user, in Japanese, without the field name
     */
    public InvalidValueException(String code, String reason) {
        super(code + ": " + reason);
        this.code = code;
        this.reason = reason;
    }

    /** Stable machine-readable code, e.g. {@code check-digit}. */
    public String code() {
        return code;
    }

    /** Japanese explanation for the user, e.g. 「検査用数字が一致しません」. */
    public String reason() {
        return reason;
    }
}
