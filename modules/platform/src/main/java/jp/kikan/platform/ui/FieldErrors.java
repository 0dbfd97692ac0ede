package jp.kikan.platform.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;

/**
 * A refusal as a screen shows it: each invalid field's reason by the field's name in the contract, so it stands next to
 * its field, and the refusal's detail under the empty name when it names no field.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** The reasons of {@code refused} by field name, in its order; {@code ""} for the detail of a refusal without one. */
    public static Map<String, String> of(ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidParam p : refused.invalidParams()) {
            errors.put(p.name(), p.reason());
        }
        if (errors.isEmpty()) {
            errors.put("", refused.detail());
        }
        return errors;
    }
}
