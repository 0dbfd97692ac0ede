package jp.kikan.platform.document;

import java.util.Objects;

/**
 * A column of a listing table: its header (見出し) and its share of the table's width. Weights are relative: columns
 * of weights 1, 2 and 1 take a quarter, a half and a quarter of the width between the margins.
 */
public record Column(String header, float weight) {

    public Column {
        Objects.requireNonNull(header, "header");
        if (!(weight > 0) || Float.isInfinite(weight)) {
            throw new IllegalArgumentException("A column's weight must be positive: " + weight);
        }
    }

    public static Column of(String header, float weight) {
        return new Column(header, weight);
    }
}
