package jp.kikan.residentregistry;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 住民票 of one person as in force on a date, for other businesses: the basic four items (氏名, 生年月日, 性別, 住所),
 * the household and the qualifications. Never carries 個人番号. When {@link #restricted()} (DV等支援措置), the
 * address is {@code null} and must not be looked for elsewhere.
 *
 * @param atenabango 宛名番号 (住民宛名番号)
 * @param version    履歴番号 of the version in force
 * @param status     住民, 転出予定 or 消除
 * @param shimei     氏名
 * @param furigana   氏名の振り仮名
 * @param birthDate  生年月日; when {@code birthDateFusho} is given, the 補完日 (the first day of the known part), which
 *     ages are reckoned from
 * @param birthDateFusho 生年月日の不詳表記 (e.g. 「昭和45年不詳」) when the birth date is partly unknown, else {@code null}
 * @param sex        性別 code (0 不明, 1 男, 2 女)
 * @param setaibango 世帯番号
 * @param zokugara   世帯主との続柄
 * @param head       世帯主であるか
 * @param address    住所, or {@code null} when withheld: the person is restricted, or (among several persons read
 *     together, e.g. a household) lives at the address of a restricted person read with them
 * @param residentSince 住民となった年月日
 * @param reason     異動事由 of the version
 * @param effectiveFrom 異動日 of the version
 * @param recordedAt 処理日時 of the version
 * @param removedOn  消除年月日, when removed
 * @param foreignResident 外国人住民であるか
 * @param restricted DV等支援措置の対象: the applicant of a measure in force or one of the 併せて支援を求める者 named with
 *     her
 */
public record ResidentSnapshot(
        String atenabango,
        int version,
        RecordStatus status,
        String shimei,
        String furigana,
        LocalDate birthDate,
        @Nullable String birthDateFusho,
        String sex,
        String setaibango,
        String zokugara,
        boolean head,
        @Nullable ResidentAddress address,
        @Nullable LocalDate residentSince,
        ChangeReason reason,
        LocalDate effectiveFrom,
        Instant recordedAt,
        @Nullable LocalDate removedOn,
        boolean foreignResident,
        boolean restricted) {}
