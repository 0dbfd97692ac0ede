package jp.kikan.migration.core.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * String keys (宛名番号, 世帯番号) to non-negative ints. Keys of up to 17 digits — what legacy systems use — are held as
 * longs in a {@link LongIntMap} (about 24 bytes each instead of about 130 for a {@code HashMap<String, Integer>}
 * entry); other keys go to a plain map. Leading zeros are significant: {@code 0012} and {@code 12} differ.
 */
public final class KeyIndex {

    private static final int MAX_DIGITS = 17;

    private final LongIntMap numeric = new LongIntMap();
    private final Map<String, Integer> other = new HashMap<>();

    /** Stores {@code value} unless the key is present; returns the present value, or -1 when stored. */
    public int putIfAbsent(String key, int value) {
        long encoded = encode(key);
        if (encoded >= 0) {
            return numeric.putIfAbsent(encoded, value);
        }
        Integer present = other.putIfAbsent(key, value);
        return present == null ? -1 : present;
    }

    /** The value for {@code key}, or -1. */
    public int get(String key) {
        long encoded = encode(key);
        if (encoded >= 0) {
            return numeric.get(encoded);
        }
        Integer value = other.get(key);
        return value == null ? -1 : value;
    }

    /** The value for a key already {@link #encode(String) encoded}, or -1. */
    public int get(long encoded) {
        return numeric.get(encoded);
    }

    /** The key as a long (its length in the top bits, so leading zeros count), or -1 when it is not short digits. */
    public static long encode(String key) {
        int length = key.length();
        if (length == 0 || length > MAX_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return ((long) length << 57) | value;
    }
}
