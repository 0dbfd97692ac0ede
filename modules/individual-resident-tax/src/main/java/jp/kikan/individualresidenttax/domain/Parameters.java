package jp.kikan.individualresidenttax.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import org.jspecify.annotations.Nullable;

/** The module's view of {@code parameters/individual-resident-tax.yaml}: the look-ups and the named roundings. */
final class Parameters {

    static final String MODULE = "individual-resident-tax";

    private final LegalParameters parameters;

    Parameters(LegalParameters parameters) {
        this.parameters = parameters;
    }

    ResolvedParameter get(String key, LocalDate date) {
        return parameters.resolve(MODULE, key, date);
    }

    /** A value the municipality may set by ordinance (超過課税): its own if set, else the national one. */
    ResolvedParameter get(String tenantCode, String key, LocalDate date) {
        return parameters.resolve(tenantCode, MODULE, key, date);
    }

    long yen(String key, LocalDate date) {
        return get(key, date).yen();
    }

    int integer(String key, LocalDate date) {
        return Math.toIntExact(get(key, date).integer());
    }

    BigDecimal rate(String key, LocalDate date) {
        return get(key, date).rate();
    }

    /** Whether the parameter exists and has a value in force on {@code date} (特定親族特別控除 from 令和8年度 only). */
    boolean inForce(String key, LocalDate date) {
        return parameters.definition(MODULE, key).flatMap(p -> p.valueOn(date)).isPresent();
    }

    /** The numbered parameters {@code prefix.1.suffix}, {@code prefix.2.suffix}, … in force on {@code date}. */
    List<ResolvedParameter> numbered(String prefix, String suffix, LocalDate date) {
        List<ResolvedParameter> values = new ArrayList<>();
        for (int i = 1; inForce(prefix + "." + i + "." + suffix, date); i++) {
            values.add(get(prefix + "." + i + "." + suffix, date));
        }
        return values;
    }

    /** The 1-based index of the first numbered {@code prefix.N.upper} that {@code amount} does not exceed, or 0. */
    int bandOf(String prefix, long amount, LocalDate date) {
        List<ResolvedParameter> uppers = numbered(prefix, "upper", date);
        for (int i = 0; i < uppers.size(); i++) {
            if (amount <= uppers.get(i).yen()) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The linear formula of the band {@code prefix.N} ({@code amount × rate + addend}), exact, or {@code null} when
     * {@code amount} is above the last band.
     */
    @Nullable
    BigDecimal bandFormula(String prefix, long amount, LocalDate date) {
        int band = bandOf(prefix + ".band", amount, date);
        if (band == 0) {
            return null;
        }
        BigDecimal rate = rate(prefix + ".band." + band + ".rate", date);
        long addend = get(prefix + ".band." + band + ".addend", date).integer();
        return BigDecimal.valueOf(amount).multiply(rate).add(BigDecimal.valueOf(addend));
    }

    /** 1円未満切捨 (a 所得 or a 税額 before the 確定金額 rounding). */
    static long floorYen(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** Rounds {@code amount} down to a multiple of {@code unit} (1,000円未満切捨, 100円未満切捨, 4,000円刻み). */
    static long floorTo(long amount, long unit) {
        return Math.floorDiv(amount, unit) * unit;
    }

    /** 「地方税法 第310条（2025-01-01からの値）」: the source of a value with the start of its period. */
    static String cite(ResolvedParameter value) {
        String origin = value.tenantOverride() ? "条例（団体 " + value.tenantCode() + "）: " : "";
        return origin + value.source() + "（" + value.effectiveFrom() + "から"
                + (value.effectiveTo() == null ? "" : value.effectiveTo() + "まで") + "の値）";
    }

    /** 「12,345円」. */
    static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    /** 「6%」「2.025%」. */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
