package jp.kikan.migration.core.reader;

import java.util.List;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.model.SourceRef;

/**
 * One record as read, before validation.
 *
 * @param source   file and 1-based line
 * @param names    the item names of the file (header row or layout), shared by all records of a file
 * @param values   the values in the order of {@code names}; a CSV record may have more or fewer (then {@code
 *     problems} says so)
 * @param problems what went wrong while reading: undecodable bytes (field named), wrong field count or record length
 */
public record SourceRecord(SourceRef source, List<String> names, List<String> values, List<Problem> problems) {

    /** The value of column {@code index}, or empty when the record is shorter. */
    public String value(int index) {
        return index < values.size() ? values.get(index) : "";
    }

    /** The item name of column {@code index}, or {@code #n} (1-based) beyond the header. */
    public String name(int index) {
        return index < names.size() ? names.get(index) : "#" + (index + 1);
    }
}
