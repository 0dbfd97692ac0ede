package jp.kikan.addressee;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 宛名基本情報 of one person of either pool: a resident (住民宛名番号) or a 住登外者 (住登外者宛名番号).
 *
 * @param atenabango 宛名番号
 * @param resident   whether the number is a 住民宛名番号
 * @param shimei     氏名
 * @param furigana   氏名の振り仮名, when known
 * @param birthDate  生年月日, when known; with {@code birthDateFusho}, the 補完日 (the first day of the known part)
 * @param birthDateFusho 生年月日の不詳表記 (e.g. 「昭和45年不詳」) when the birth date is partly unknown, else {@code null}
 * @param sex        性別 code (0 不明, 1 男, 2 女)
 * @param address    住所 on one line; {@code null} when unknown or withheld under DV等支援措置
 */
public record Addressee(
        String atenabango,
        boolean resident,
        String shimei,
        @Nullable String furigana,
        @Nullable LocalDate birthDate,
        @Nullable String birthDateFusho,
        String sex,
        @Nullable String address) {}
