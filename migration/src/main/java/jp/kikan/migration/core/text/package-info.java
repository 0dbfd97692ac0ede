/**
 * Character handling for legacy data: the source encodings (UTF-8, CP932, EUC-JP) decoded strictly so that an
 * undecodable byte is reported with its offset instead of becoming U+FFFD; the 外字 mapping table (legacy code → 行政事務
 * 標準文字, MJ-based Unicode with IVS where needed); and the cleaning of each value by the standard's N (全角) and X
 * (半角英数) types, which reports every private-use character the table does not map.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.text;
