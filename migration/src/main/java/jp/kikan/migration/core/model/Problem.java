package jp.kikan.migration.core.model;

/**
 * One reason a record was rejected.
 *
 * @param file    file name
 * @param line    1-based line (record number for unterminated fixed-width files); 0 for the file as a whole
 * @param field   the data item in romaji as the standard names it (e.g. {@code kojinbango}); empty for the record
 * @param code    stable kebab-case code, e.g. {@code check-digit}, {@code unmapped-character}, {@code parent-rejected}
 * @param message Japanese explanation naming the item; never contains a 個人番号 or 住民票コード
 */
public record Problem(String file, long line, String field, String code, String message) {

    public SourceRef source() {
        return new SourceRef(file, line);
    }
}
