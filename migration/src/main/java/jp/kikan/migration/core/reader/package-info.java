/**
 * Streaming record readers for legacy export files: the standard's CSV linkage layout (RFC 4180, a header row of
 * data item names in romaji, BOM tolerated; parsed by FastCSV, see ADR 0008) and fixed-width layouts described by a
 * layout file (item, byte offset, byte length, type), sliced in bytes of the legacy encoding before decoding. Every
 * record carries its file and 1-based line; undecodable bytes are reported with their offset, never replaced. Memory
 * stays constant whatever the file size.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.migration.core.reader;
