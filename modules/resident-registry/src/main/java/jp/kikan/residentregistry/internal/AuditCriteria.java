package jp.kikan.residentregistry.internal;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The criteria of a search as the audit log records them, so that an auditor sees what was asked (an address, a
 * name) and not only which keys: {@code criteria={jusho=本町5番, page=0}}. Only the given ones.
 */
final class AuditCriteria {

    /** Long values are cut, so a record stays short. */
    private static final int MAX_VALUE = 100;

    private AuditCriteria() {}

    /** {@code namesAndValues}: name, value, name, value ...; {@code null} or blank values are left out. */
    static String of(@Nullable Object... namesAndValues) {
        StringJoiner out = new StringJoiner(", ", "criteria={", "}");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                String text = value.toString().strip();
                out.add(namesAndValues[i] + "="
                        + (text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text));
            }
        }
        return out.toString();
    }
}
