package jp.kikan.platform.internal.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A constraint on a controller method parameter names it by its Java name ({@code tenantCode}); a problem document
 * must name it as the client sent it: the name in {@code @RequestParam}, {@code @PathVariable} or
 * {@code @RequestHeader}, which the generated API interfaces declare (not the implementing controller).
 */
final class RequestParameterNames {

    private RequestParameterNames() {}

    /** The name the client used for {@code parameter}, else its Java name, else empty. */
    static String of(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "" : name;
    }

    /**
     * The field a violation of method validation (the generated interfaces are {@code @Validated}) is about: the
     * parameter's client name, followed by the JSON path inside it when the constraint is on a property of a body.
     */
    static String of(ConstraintViolation<?> violation) {
        Method method = null;
        int index = -1;
        String fallback = "";
        List<String> inside = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                List<Class<?>> types = node.as(Path.MethodNode.class).getParameterTypes();
                method = ReflectionUtils.findMethod(
                        violation.getRootBeanClass(), node.getName(), types.toArray(Class<?>[]::new));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
                fallback = node.getName();
            } else if (index >= 0) {
                // An element of a list: the index belongs to the segment before (members[0].shimei).
                if (node.isInIterable() && node.getIndex() != null && !inside.isEmpty()) {
                    int last = inside.size() - 1;
                    inside.set(last, inside.get(last) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null) {
                    inside.add(node.getName());
                }
            }
        }
        MethodParameter parameter = parameter(method, index);
        String name = parameter == null ? fallback : of(parameter);
        if (inside.isEmpty()) {
            return name;
        }
        String json =
                JsonFieldNames.of(parameter == null ? null : parameter.getParameterType(), String.join(".", inside));
        // A body's fields are named from the body root, as bean validation of a request body names them.
        boolean body = parameter != null && parameter.hasParameterAnnotation(RequestBody.class);
        return body || name.isEmpty() ? json : name + "." + json;
    }

    /** Whether every violation is of a method's parameters (not of an entity Hibernate validated on flush). */
    static boolean isMethodValidation(ConstraintViolationException e) {
        return !e.getConstraintViolations().isEmpty()
                && e.getConstraintViolations().stream().allMatch(v -> {
                    java.util.Iterator<Path.Node> nodes = v.getPropertyPath().iterator();
                    return nodes.hasNext() && nodes.next().getKind() == ElementKind.METHOD;
                });
    }

    private static @Nullable MethodParameter parameter(@Nullable Method method, int index) {
        if (method == null || index < 0 || index >= method.getParameterCount()) {
            return null;
        }
        // AnnotatedMethod merges the annotations of the interface method into the implementation's parameters.
        return new AnnotatedMethod(method).getMethodParameters()[index];
    }
}
