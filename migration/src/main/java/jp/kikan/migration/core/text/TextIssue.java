package jp.kikan.migration.core.text;

/**
 * A character that keeps a value from being accepted.
 *
 * @param code     {@code unmapped-character}, {@code replacement-character}, {@code invalid-character}, {@code
 *     not-full-width} or {@code not-half-width}
 * @param position 1-based character position in the value as read
 * @param message  Japanese message without the item name
 */
public record TextIssue(String code, int position, String message) {}
