package jp.kikan.migration.core.text;

/**
 * One row of the 外字 mapping table: a legacy 外字 and the 行政事務標準文字 it was identified with (文字同定).
 *
 * @param legacyCode  as written in the table, e.g. {@code CP932:F040}, {@code U+E000}, <code>&amp;#xE000;</code>
 * @param codePoint   the private-use code point the legacy 外字 decodes to
 * @param characterId MJ or GJ id of the identified character, e.g. {@code MJ028902}; empty when not given
 * @param replacement the replacement text: one character, optionally followed by an IVS variation selector
 * @param note        free text (who identified it, when)
 */
public record GaijiMapping(String legacyCode, int codePoint, String characterId, String replacement, String note) {}
