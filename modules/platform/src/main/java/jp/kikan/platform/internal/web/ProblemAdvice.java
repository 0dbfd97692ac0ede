package jp.kikan.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a request into a problem document in Japanese naming the field at fault. Never
 * exposes class names, SQL or stack traces; unexpected failures are logged with the request id.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemRenderer renderer;

    ProblemAdvice(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e, HttpServletRequest request) {
        return renderer.entity(e, request);
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e, HttpServletRequest request) {
        return renderer.entity(
                new ProblemException(
                        400, "validation-failed", e.reason(), List.of(new InvalidParam("", e.code(), e.reason()))),
                request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        InvalidValueException invalid = causeOfType(e, InvalidValueException.class);
        JacksonException jackson = causeOfType(e, JacksonException.class);
        String field = jackson == null ? "" : jsonPath(jackson);
        if (invalid != null) {
            return renderer.entity(ProblemException.invalidField(field, invalid), request);
        }
        UnrecognizedPropertyException unknown = causeOfType(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String name = field.isEmpty() ? unknown.getPropertyName() : field;
            return renderer.entity(
                    new ProblemException(
                            400,
                            "validation-failed",
                            "項目「" + name + "」はこの要求では定義されていません。項目名の綴りを確認してください。",
                            List.of(new InvalidParam(name, "unknown-field", "定義されていない項目です。"))),
                    request);
        }
        if (jackson != null && !field.isEmpty()) {
            return renderer.entity(
                    new ProblemException(
                            400,
                            "validation-failed",
                            "項目「" + field + "」の値の形式が正しくありません。",
                            List.of(new InvalidParam(field, "format", "値の形式または型が正しくありません。"))),
                    request);
        }
        return renderer.entity(
                new ProblemException(400, "malformed-request", "要求本文を JSON として読み取れません。構文を確認してください。"), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<InvalidParam> params = new ArrayList<>();
        Object target = e.getBindingResult().getTarget();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            params.add(new InvalidParam(
                    JsonFieldNames.of(target == null ? null : target.getClass(), error.getField()),
                    constraintCode(error.getCode()),
                    message(error)));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> params.add(new InvalidParam("", constraintCode(g.getCode()), message(g))));
        return renderer.entity(new ProblemException(400, "validation-failed", "入力内容に誤りがあります。", params), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<InvalidParam> params = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = RequestParameterNames.of(result.getMethodParameter());
            result.getResolvableErrors()
                    .forEach(err -> params.add(new InvalidParam(name, constraintCode(lastCode(err)), message(err))));
        });
        return renderer.entity(invalidParameters(params), request);
    }

    /**
     * A constraint of the contract on a query, path or header parameter ({@code size} at most 200, the pattern of a
     * 宛名番号): the generated interfaces are {@code @Validated}, so Spring's method validation reports it.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request)
            throws Exception {
        if (!RequestParameterNames.isMethodValidation(e)) {
            return unexpected(e, request); // an entity refused by Hibernate on flush: the application's own failure
        }
        List<InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            params.add(new InvalidParam(
                    RequestParameterNames.of(violation),
                    constraintCode(violation
                            .getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getSimpleName()),
                    violation.getMessage()));
        }
        params.sort(Comparator.comparing(InvalidParam::name));
        return renderer.entity(invalidParameters(params), request);
    }

    private static ProblemException invalidParameters(List<InvalidParam> params) {
        List<String> names = params.stream()
                .map(InvalidParam::name)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
        String detail = names.isEmpty() ? "入力内容に誤りがあります。" : "パラメータ「" + String.join("」「", names) + "」の値が正しくありません。";
        return new ProblemException(400, "validation-failed", detail, params);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return renderer.entity(
                ProblemException.invalid(
                        "ヘッダー「" + e.getHeaderName() + "」が必要です。",
                        new InvalidParam(e.getHeaderName(), "required", "必須です。")),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return renderer.entity(
                ProblemException.invalid(
                        "パラメータ「" + e.getParameterName() + "」が必要です。",
                        new InvalidParam(e.getParameterName(), "required", "必須です。")),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        InvalidValueException invalid = causeOfType(e, InvalidValueException.class);
        if (invalid != null) {
            return renderer.entity(ProblemException.invalidField(e.getName(), invalid), request);
        }
        return renderer.entity(
                ProblemException.invalid(
                        "パラメータ「" + e.getName() + "」の形式が正しくありません。",
                        new InvalidParam(e.getName(), "format", "値の形式が正しくありません。")),
                request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return renderer.entity(ProblemException.notFound("指定された URL のリソースはありません。"), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return renderer.entity(
                new ProblemException(405, "method-not-allowed", "メソッド " + e.getMethod() + " はこの URL では使用できません。"),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return renderer.entity(
                new ProblemException(415, "unsupported-media-type", "Content-Type は application/json を指定してください。"),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return renderer.entity(new ProblemException(406, "not-acceptable", "Accept ヘッダーに対応する形式で応答できません。"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        return renderer.entity(ProblemException.forbidden("forbidden", "この操作を行う権限がありません。"), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> optimisticLock(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        return renderer.entity(EntityTags.preconditionFailed(), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return renderer.entity(ProblemException.conflict("conflict", "登録済みのデータと重複または矛盾するため、処理できません。"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e; // Spring Security answers these through its entry point and access-denied handler
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return DatabaseUnavailable.entity(renderer, request);
        }
        if (e instanceof org.springframework.web.ErrorResponse error) {
            // Any other failure Spring MVC classifies itself: keep its status, answer in the Kikan shape.
            int status = error.getStatusCode().value();
            String code = status == 404 ? "not-found" : status >= 500 ? "internal-error" : "malformed-request";
            return renderer.entity(
                    new ProblemException(
                            status, code, status >= 500 ? "システムエラーが発生しました。" : "要求を処理できません（HTTP " + status + "）。"),
                    request);
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return renderer.entity(new ProblemException(500, "internal-error", "システムエラーが発生しました。時間をおいて再度お試しください。"), request);
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> @Nullable T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null ? "値が正しくありません。" : message;
    }

    private static @Nullable String lastCode(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
    }

    /** {@code NotNull} → {@code not-null}, {@code Pattern} → {@code pattern}. */
    static String constraintCode(@Nullable String code) {
        if (code == null || code.isEmpty()) {
            return "invalid";
        }
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
