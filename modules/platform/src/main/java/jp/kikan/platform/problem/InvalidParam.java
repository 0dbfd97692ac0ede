package jp.kikan.platform.problem;

import jp.kikan.platform.validation.InvalidValueException;

/**
 * One invalid request field of a problem document.
 *
 * @param name   the field as a JSON path from the body root ({@code members[0].birthDate}) or the parameter name
 * @param code   stable machine code of the rule broken ({@code required}, {@code check-digit} ...)
 * @param reason Japanese explanation
 */
public record InvalidParam(String name, String code, String reason) {

    /** The field {@code name} failed a kernel value type's rule. */
    public static InvalidParam of(String name, InvalidValueException e) {
        return new InvalidParam(name, e.code(), e.reason());
    }
}
