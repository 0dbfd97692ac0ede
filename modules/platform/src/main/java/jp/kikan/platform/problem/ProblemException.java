package jp.kikan.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.validation.InvalidValueException;

/**
 * A request that cannot be served, rendered as an RFC 9457 problem document with a Japanese title (from the
 * catalogue {@code problem-titles.properties} by {@link #code()}) and a Japanese detail.
 *
 * <p>Throw it from controllers and services; nothing is written when it escapes a transaction.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<InvalidParam> invalidParams;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String code, String detail, List<InvalidParam> invalidParams) {
        this(status, code, detail, invalidParams, Map.of());
    }

    private ProblemException(
            int status, String code, String detail, List<InvalidParam> invalidParams, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.invalidParams = List.copyOf(invalidParams);
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    /** 400 with the fields at fault. */
    public static ProblemException invalid(String detail, InvalidParam... params) {
        return new ProblemException(400, "validation-failed", detail, List.of(params));
    }

    /** 400 because one field's value broke a kernel type's rule (check digit, 和暦 ...). */
    public static ProblemException invalidField(String field, InvalidValueException cause) {
        return new ProblemException(
                400, "validation-failed", "入力内容に誤りがあります（" + field + "）。", List.of(InvalidParam.of(field, cause)));
    }

    /** 404: the addressed resource does not exist (or is not visible to this tenant). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", detail);
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }

    /** 422: well-formed, but a legal or business precondition does not hold. */
    public static ProblemException unprocessable(String code, String detail, InvalidParam... params) {
        return new ProblemException(422, code, detail, List.of(params));
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        String message = getMessage();
        return message == null ? "" : message;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /**
     * This problem with an extension member (RFC 9457 §3.2), e.g. the candidates of a 409; the member and its value's
     * JSON shape must be documented in the operation's contract. The standard members cannot be replaced.
     */
    public ProblemException withExtension(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ProblemException(status, code, detail(), invalidParams, more);
    }

    /** The extension members, empty for most problems. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
