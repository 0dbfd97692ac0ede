package jp.kikan.migration.core.report;

/**
 * What the loader did with records that passed the checks.
 *
 * @param inserted  stored now
 * @param unchanged found already stored, with the same content, by an earlier run of the same import (a re-run)
 * @param refused   refused by the loader or the registry (now rejections of the report)
 */
public record LoadCounts(long inserted, long unchanged, long refused) {

    public LoadCounts plus(LoadCounts other) {
        return new LoadCounts(inserted + other.inserted, unchanged + other.unchanged, refused + other.refused);
    }
}
