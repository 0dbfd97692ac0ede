package jp.kikan.platform.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A 法定パラメータ value looked up for one date, with where it came from, so a calculation can explain itself
 * ("月額15,000円（児童手当法 第6条第1項第1号イ、2024-10-01から）").
 *
 * @param key            module and key
 * @param type           the parameter's type; {@link #value()} has its Java type
 * @param value          the value, converted to {@link ParameterType#javaType()}
 * @param date           the date the value was asked for
 * @param effectiveFrom  first day the value is in force
 * @param effectiveTo    last day the value is in force, {@code null} if open-ended
 * @param source         the statute or ordinance that sets the value
 * @param tenantOverride whether the value is the municipality's own (条例) rather than the national one
 * @param tenantCode     the municipality asked for, {@code null} when only the national value was asked
 */
public record ResolvedParameter(
        ParameterKey key,
        ParameterType type,
        Object value,
        LocalDate date,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        String source,
        boolean tenantOverride,
        @Nullable String tenantCode) {

    /** The value as yen; fails if the parameter is not of type yen. */
    public long yen() {
        return (Long) as(ParameterType.YEN);
    }

    /** The value as a whole number; fails if the parameter is not of type integer. */
    public long integer() {
        return (Long) as(ParameterType.INTEGER);
    }

    /** The value as a decimal; fails if the parameter is not of type decimal. */
    public BigDecimal decimal() {
        return (BigDecimal) as(ParameterType.DECIMAL);
    }

    /** The value as a fraction between 0 and 1; fails if the parameter is not of type rate. */
    public BigDecimal rate() {
        return (BigDecimal) as(ParameterType.RATE);
    }

    /** The value as text; fails if the parameter is not of type text. */
    public String text() {
        return (String) as(ParameterType.TEXT);
    }

    /** The value as a date; fails if the parameter is not of type date. */
    public LocalDate dateValue() {
        return (LocalDate) as(ParameterType.DATE);
    }

    /** One line for logs and calculation explanations, e.g. {@code child-allowance/monthly-amount.under-3 = 15000 (…)}. */
    public String explain() {
        String origin = tenantOverride ? "条例 " + tenantCode + ": " : "";
        return key + " = " + (value instanceof BigDecimal d ? d.toPlainString() : value) + "（" + origin + source + "、"
                + effectiveFrom + "から" + (effectiveTo == null ? "" : effectiveTo + "まで") + "）";
    }

    private Object as(ParameterType wanted) {
        if (type != wanted) {
            throw new IllegalStateException(
                    "parameter " + key + " is of type " + type.yamlName() + ", not " + wanted.yamlName());
        }
        return value;
    }
}
