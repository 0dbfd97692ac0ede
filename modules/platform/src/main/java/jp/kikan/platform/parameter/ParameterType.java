package jp.kikan.platform.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of value a 法定パラメータ holds, as written in {@code type:} of the parameter file. Each type has one Java
 * representation, so a calculation never guesses.
 */
public enum ParameterType {

    /** An amount of money in whole yen, not negative; Java {@code Long}. Written {@code 15000}. */
    YEN("yen", Long.class),
    /** A whole number (an age, a count, a number of months), may be negative; Java {@code Long}. */
    INTEGER("integer", Long.class),
    /** A decimal number written in plain notation ({@code 1.25}); Java {@code BigDecimal}, exact. */
    DECIMAL("decimal", BigDecimal.class),
    /** A rate as a fraction from 0 to 1 inclusive ({@code 0.0735} for 7.35%); Java {@code BigDecimal}, exact. */
    RATE("rate", BigDecimal.class),
    /** Free text (a name of a form, a category); Java {@code String}, not blank. */
    TEXT("text", String.class),
    /** A calendar date in ISO form ({@code 2025-01-01}); Java {@code LocalDate}. */
    DATE("date", LocalDate.class);

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String yamlName;
    private final Class<?> javaType;

    ParameterType(String yamlName, Class<?> javaType) {
        this.yamlName = yamlName;
        this.javaType = javaType;
    }

    /** The name used in {@code type:}, e.g. {@code yen}. */
    public String yamlName() {
        return yamlName;
    }

    /** The Java class of every value of this type. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The type named {@code name} in a parameter file, if there is one. */
    public static Optional<ParameterType> fromYamlName(String name) {
        for (ParameterType type : values()) {
            if (type.yamlName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts a value to this type's Java representation. Accepts the text of a YAML scalar or of a database column,
     * or a value already of a fitting Java type (any integral number for yen/integer, any number for decimal/rate).
     *
     * @throws IllegalArgumentException with an English explanation when the value does not fit
     */
    public Object convert(Object raw) {
        String text = raw instanceof BigDecimal decimal
                ? decimal.toPlainString()
                : raw.toString().strip();
        switch (this) {
            case YEN, INTEGER -> {
                if (raw instanceof Double
                        || raw instanceof Float
                        || !WHOLE.matcher(text).matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number (" + yamlName + ")");
                }
                long value;
                try {
                    value = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is out of range for " + yamlName);
                }
                if (this == YEN && value < 0) {
                    throw new IllegalArgumentException("'" + text + "' is negative; a yen amount is 0 or more");
                }
                return value;
            }
            case DECIMAL, RATE -> {
                if (!PLAIN_DECIMAL.matcher(text).matches()) {
                    throw new IllegalArgumentException(
                            "'" + text + "' is not a plain decimal number like 0.0735 (" + yamlName + ")");
                }
                BigDecimal value = new BigDecimal(text);
                if (this == RATE && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
                    throw new IllegalArgumentException(
                            "'" + text + "' is not a rate between 0 and 1 (write 7.35% as 0.0735)");
                }
                return value;
            }
            case TEXT -> {
                if (!(raw instanceof CharSequence) && !(raw instanceof Number) || text.isEmpty()) {
                    throw new IllegalArgumentException("text value must be a non-blank string");
                }
                return text;
            }
            case DATE -> {
                if (raw instanceof LocalDate date) {
                    return date;
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date like 2025-01-01");
                }
            }
            default -> throw new AssertionError(this);
        }
    }

    @Override
    public String toString() {
        return yamlName.toLowerCase(Locale.ROOT);
    }
}
