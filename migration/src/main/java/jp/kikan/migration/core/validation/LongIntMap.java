package jp.kikan.migration.core.validation;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to non-negative int values: the key indexes of a run (個人番号, signatures,
 * history keys) for millions of records at about 24 bytes each, where a {@code HashMap<Long, Integer>} needs about 80.
 */
public final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap() {
        keys = new long[1024];
        values = new int[1024];
        Arrays.fill(values, -1);
    }

    /** The value for {@code key}, or -1. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] < 0) {
                return -1;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    /** Stores {@code value} unless the key is present; returns the present value, or -1 when stored. */
    public int putIfAbsent(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] < 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return -1;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
