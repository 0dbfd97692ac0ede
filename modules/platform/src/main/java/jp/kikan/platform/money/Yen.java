package jp.kikan.platform.money;

import java.math.BigDecimal;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 金額 in whole 円 (通貨の単位及び貨幣の発行等に関する法律 第2条: 1円 is the unit of account for these amounts). Not
 * negative unless created with {@link #signed(long)} (a 還付, an adjustment); any operation with a signed operand gives
 * a signed result. Products with a rate require a {@link Rounding}; overflow throws {@link ArithmeticException}.
 * Equality is on the amount only.
 */
public final class Yen implements Comparable<Yen> {

    /** 0円, not signed. */
    public static final Yen ZERO = new Yen(0, false);

    private final long amount;
    private final boolean signed;

    private Yen(long amount, boolean signed) {
        this.amount = amount;
        this.signed = signed;
    }

    /**
     * @throws InvalidValueException {@code negative-amount}
     */
    public static Yen of(long amount) {
        if (amount < 0) {
            throw new InvalidValueException("negative-amount", "金額は0円以上で指定してください");
        }
        return new Yen(amount, false);
    }

    /** An amount that may be negative, e.g. a 過誤納金 to refund or a difference. */
    public static Yen signed(long amount) {
        return new Yen(amount, true);
    }

    private Yen result(long value, Yen other) {
        return result(value, signed || other.signed);
    }

    private static Yen result(long value, boolean signed) {
        if (value < 0 && !signed) {
            throw new InvalidValueException("negative-amount", "金額がマイナスになります");
        }
        return new Yen(value, signed);
    }

    public Yen plus(Yen other) {
        return result(Math.addExact(amount, other.amount), other);
    }

    /**
     * @throws InvalidValueException {@code negative-amount} when neither operand is signed and the result is negative
     */
    public Yen minus(Yen other) {
        return result(Math.subtractExact(amount, other.amount), other);
    }

    /** Times a whole number (e.g. 均等割 × 人数); never creates a fraction, so no rounding. */
    public Yen times(long factor) {
        return result(Math.multiplyExact(amount, factor), signed);
    }

    /** Times a rate (e.g. 税率 6%), rounded by {@code rounding}. */
    public Yen times(BigDecimal rate, Rounding rounding) {
        return result(rounding.apply(BigDecimal.valueOf(amount).multiply(rate)), signed);
    }

    /** Divided (e.g. 月割 by 12), rounded by {@code rounding}; {@code divisor} must be positive. */
    public Yen dividedBy(long divisor, Rounding rounding) {
        return result(rounding.divide(BigDecimal.valueOf(amount), divisor), signed);
    }

    /** This amount rounded by {@code rounding}, e.g. a 税額 to 100円未満切捨て. */
    public Yen rounded(Rounding rounding) {
        return result(rounding.apply(amount), signed);
    }

    /** The amount in yen. */
    public long amount() {
        return amount;
    }

    /** True when created by {@link #signed(long)} or derived from such a value. */
    public boolean isSigned() {
        return signed;
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Yen other && other.amount == amount;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(amount);
    }

    /** E.g. {@code 1,234円}, {@code -500円}. */
    @Override
    public String toString() {
        return String.format("%,d円", amount);
    }
}
