package jp.kikan.platform.internal.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bean validation names a field by its Java property path ({@code members[0].shimeiFurigana}); a problem document must
 * name it as the client wrote it ({@code members[0].shimei_furigana}). Each segment is mapped through the
 * {@code @JsonProperty} of the (generated) model property; a segment without one stays as it is.
 */
final class JsonFieldNames {

    private static final Pattern SEGMENT = Pattern.compile("([^\\[]+)(\\[[^]]*])?");

    private JsonFieldNames() {}

    static String of(@Nullable Class<?> root, String javaPath) {
        if (root == null || javaPath.isEmpty()) {
            return javaPath;
        }
        StringBuilder out = new StringBuilder();
        Class<?> current = root;
        for (String segment : javaPath.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                return javaPath;
            }
            String name = m.group(1);
            String index = m.group(2) == null ? "" : m.group(2);
            Field field = current == null ? null : find(current, name);
            String json = name;
            Class<?> next = null;
            if (field != null && current != null) {
                JsonProperty property = annotation(current, field);
                if (property != null && !property.value().isEmpty()) {
                    json = property.value();
                }
                next = elementType(field, !index.isEmpty());
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(json).append(index);
            current = next;
        }
        return out.toString();
    }

    /** The {@code @JsonProperty} of a property: on the field, or (as the generator writes it) on its getter. */
    private static @Nullable JsonProperty annotation(Class<?> type, Field field) {
        JsonProperty onField = field.getAnnotation(JsonProperty.class);
        if (onField != null) {
            return onField;
        }
        String name = field.getName();
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : new String[] {"get" + suffix, "is" + suffix}) {
            try {
                JsonProperty onGetter = type.getMethod(getter).getAnnotation(JsonProperty.class);
                if (onGetter != null) {
                    return onGetter;
                }
            } catch (NoSuchMethodException e) {
                // no such getter
            }
        }
        return null;
    }

    private static @Nullable Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** The type the next segment belongs to: the element type of an indexed collection, else the field's type. */
    private static @Nullable Class<?> elementType(Field field, boolean indexed) {
        if (indexed && Collection.class.isAssignableFrom(field.getType())) {
            Type generic = field.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return null;
        }
        return field.getType();
    }
}
