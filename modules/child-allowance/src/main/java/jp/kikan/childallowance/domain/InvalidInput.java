package jp.kikan.childallowance.domain;

import jp.kikan.platform.validation.InvalidValueException;

/**
 * An input to a 児童手当 calculation that breaks a rule, with the field that carried it, named as in the 試算 API
 * (the standard's data item in romaji, e.g. {@code jido[1].seinengappi}), so the web layer can name it.
 */
public final class InvalidInput extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the field, e.g. {@code shotokugaku}
     * @param code   stable machine code, e.g. {@code born-after-month}
     * @param reason Japanese reason that names the field
     */
    public InvalidInput(String field, String code, String reason) {
        super(code, reason);
        this.field = field;
    }

    /** The field at fault, as a JSON path of the 試算 API request. */
    public String field() {
        return field;
    }
}
