package jp.kikan.platform.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 法定パラメータ: the legal numbers in force on a date, nationally or for one municipality.
 *
 * <p>Built once at start-up from the modules' parameter files ({@link #fromClasspath}) and then read-only and
 * thread-safe. Asking for a key that does not exist, or with the wrong type accessor, is a programming error
 * ({@link IllegalArgumentException} / {@link IllegalStateException}). Asking for a date on which no value is in force
 * is a data error reported as {@link InvalidValueException} with code {@code parameter-not-in-force}.
 *
 * <p>With a tenant code, the municipality's ordinance value from {@link TenantParameterOverrides} wins over the
 * national value, but only for a parameter declared {@code tenant-overridable: true}; an override of any other
 * parameter fails with code {@code parameter-not-overridable}, and an override whose value does not fit the type or
 * whose period does not cover the date fails with {@code parameter-override-invalid}.
 */
public final class LegalParameters {

    private final Map<ParameterKey, LegalParameter> parameters;
    private final TenantParameterOverrides overrides;

    /**
     * @throws IllegalArgumentException if two parameters share a key
     */
    public LegalParameters(Collection<LegalParameter> parameters, TenantParameterOverrides overrides) {
        Map<ParameterKey, LegalParameter> byKey = new LinkedHashMap<>();
        for (LegalParameter parameter : parameters) {
            if (byKey.putIfAbsent(parameter.key(), parameter) != null) {
                throw new IllegalArgumentException("parameter " + parameter.key() + " is defined twice");
            }
        }
        this.parameters = Map.copyOf(byKey);
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    /** Loads every file listed in {@code META-INF/kikan/parameters.list} on the class path (see the loader). */
    public static LegalParameters fromClasspath(ClassLoader classLoader, TenantParameterOverrides overrides) {
        return new LegalParameters(LegalParameterLoader.loadIndexed(classLoader), overrides);
    }

    /** The definition and history of a parameter, if it exists. */
    public Optional<LegalParameter> definition(String module, String key) {
        return Optional.ofNullable(parameters.get(new ParameterKey(module, key)));
    }

    /** The national value in force on {@code date}, with its source. */
    public ResolvedParameter resolve(String module, String key, LocalDate date) {
        LegalParameter parameter = require(module, key);
        return national(parameter, date, null);
    }

    /**
     * The value in force on {@code date} for the municipality {@code tenantCode}: its ordinance value when it set one
     * for an overridable parameter, else the national value.
     */
    public ResolvedParameter resolve(String tenantCode, String module, String key, LocalDate date) {
        Objects.requireNonNull(tenantCode, "tenantCode");
        LegalParameter parameter = require(module, key);
        Optional<DatedValue> override = overrides.find(tenantCode, module, key, date);
        if (override.isEmpty()) {
            return national(parameter, date, tenantCode);
        }
        if (!parameter.tenantOverridable()) {
            throw new InvalidValueException(
                    "parameter-not-overridable",
                    "法定パラメータ「" + parameter.key() + "」は法令で定める値であり、団体（" + tenantCode + "）の条例で変更できません");
        }
        DatedValue value = override.get();
        Object converted;
        try {
            converted = parameter.type().convert(value.value());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "parameter-override-invalid",
                    "団体（" + tenantCode + "）が設定した法定パラメータ「" + parameter.key() + "」の値「" + value.value() + "」は型（"
                            + parameter.type().yamlName() + "）に合いません");
        }
        if (!value.covers(date)) {
            throw new InvalidValueException(
                    "parameter-override-invalid",
                    "団体（" + tenantCode + "）が設定した法定パラメータ「" + parameter.key() + "」の値は" + date + "時点で施行されていません");
        }
        return new ResolvedParameter(
                parameter.key(),
                parameter.type(),
                converted,
                date,
                value.effectiveFrom(),
                value.effectiveTo(),
                value.source(),
                true,
                tenantCode);
    }

    /** A national yen amount. */
    public long yen(String module, String key, LocalDate date) {
        return resolve(module, key, date).yen();
    }

    /** A yen amount for a municipality (its ordinance value if overridable and set). */
    public long yen(String tenantCode, String module, String key, LocalDate date) {
        return resolve(tenantCode, module, key, date).yen();
    }

    /** A national whole number. */
    public long integer(String module, String key, LocalDate date) {
        return resolve(module, key, date).integer();
    }

    /** A whole number for a municipality. */
    public long integer(String tenantCode, String module, String key, LocalDate date) {
        return resolve(tenantCode, module, key, date).integer();
    }

    /** A national decimal number. */
    public BigDecimal decimal(String module, String key, LocalDate date) {
        return resolve(module, key, date).decimal();
    }

    /** A decimal number for a municipality. */
    public BigDecimal decimal(String tenantCode, String module, String key, LocalDate date) {
        return resolve(tenantCode, module, key, date).decimal();
    }

    /** A national rate (fraction from 0 to 1). */
    public BigDecimal rate(String module, String key, LocalDate date) {
        return resolve(module, key, date).rate();
    }

    /** A rate for a municipality, e.g. 国民健康保険税の所得割率. */
    public BigDecimal rate(String tenantCode, String module, String key, LocalDate date) {
        return resolve(tenantCode, module, key, date).rate();
    }

    /** A national text value. */
    public String text(String module, String key, LocalDate date) {
        return resolve(module, key, date).text();
    }

    /** A text value for a municipality. */
    public String text(String tenantCode, String module, String key, LocalDate date) {
        return resolve(tenantCode, module, key, date).text();
    }

    private LegalParameter require(String module, String key) {
        LegalParameter parameter = parameters.get(new ParameterKey(module, key));
        if (parameter == null) {
            throw new IllegalArgumentException("no legal parameter " + module + "/" + key + " (is it in parameters/"
                    + module + ".yaml and the file in META-INF/kikan/parameters.list?)");
        }
        return parameter;
    }

    private static ResolvedParameter national(LegalParameter parameter, LocalDate date, @Nullable String tenantCode) {
        DatedValue value = parameter.valueOn(date).orElseThrow(() -> notInForce(parameter, date));
        return new ResolvedParameter(
                parameter.key(),
                parameter.type(),
                value.value(),
                date,
                value.effectiveFrom(),
                value.effectiveTo(),
                value.source(),
                false,
                tenantCode);
    }

    private static InvalidValueException notInForce(LegalParameter parameter, LocalDate date) {
        String when = date.isBefore(parameter.firstEffective())
                ? "施行日（" + parameter.firstEffective() + "）より前です"
                : "この日に効力を有する値がありません";
        return new InvalidValueException(
                "parameter-not-in-force",
                "法定パラメータ「" + parameter.key() + "」（" + parameter.description() + "）は" + date + "時点で施行されていません：" + when);
    }
}
