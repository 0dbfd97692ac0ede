package jp.kikan.addressee;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A 住登外者 as migrated from a legacy system (データ移行; 住登外者宛名基本情報): the legacy 住登外者宛名番号 is kept, never
 * renumbered. Built and validated by the migration tool; {@link NonResidentImport} stores it as it is.
 *
 * @param atenabango 住登外者宛名番号 (begins with 8, docs/decisions/0010-addressee-numbers.md)
 * @param shimei     氏名
 * @param furigana   氏名の振り仮名, when known
 * @param birthDate  生年月日, when known; with {@code birthDateFusho}, the 補完日 (the first day of the known part)
 * @param birthDateFusho 生年月日の不詳表記 (e.g. 「昭和45年不詳」) when the birth date is partly unknown, else {@code null}
 * @param sex        性別 code (0 不明, 1 男, 2 女)
 * @param address    住所 on one line (国内 or 国外), when known
 * @param source     where the record came from, e.g. {@code jutogaisha.csv:12}, for the report
 */
public record ImportedNonResident(
        String atenabango,
        String shimei,
        @Nullable String furigana,
        @Nullable LocalDate birthDate,
        @Nullable String birthDateFusho,
        String sex,
        @Nullable String address,
        String source) {}
