package jp.kikan.migration.core.model;

/**
 * Where a record came from: the file name (without folder) and the 1-based line on which the record starts (for
 * fixed-width files without line breaks, the 1-based record number).
 */
public record SourceRef(String file, long line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
