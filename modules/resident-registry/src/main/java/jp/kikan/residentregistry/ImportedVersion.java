package jp.kikan.residentregistry;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a 住民票 as migrated from a legacy system (データ移行): what the registry would hold had the 異動 been
 * entered through the API. Built and validated by the migration tool; {@link RegistryImport} stores it as it is.
 *
 * @param atenabango    住民宛名番号 (kept from the legacy system, never renumbered)
 * @param version       履歴番号, 1 for the oldest version of the person
 * @param status        住民, 転出予定 or 消除
 * @param reason        異動事由 of the version ({@link ChangeReason#MIGRATION} when the legacy reason is unknown)
 * @param validFrom     異動日
 * @param notifiedOn    届出日, when known
 * @param recordedAt    処理日時 in the legacy system (or the time of the migration)
 * @param current       the latest version of the person's timeline
 * @param shimei        氏名
 * @param furigana      氏名の振り仮名
 * @param birthDate     生年月日; when {@code birthDateFusho} is given, the 補完日 (the first day of the known part)
 * @param birthDateFusho 生年月日の不詳表記 (e.g. 「昭和45年不詳」) when the birth date is partly unknown, else {@code null}
 * @param sex           性別 code (0, 1, 2)
 * @param setaibango    世帯番号
 * @param zokugara      世帯主との続柄
 * @param head          世帯主であるか
 * @param residentSince 住民となった年月日
 * @param addressSince  住所を定めた年月日
 * @param address       住所
 * @param previousAddress 転入前住所
 * @param formerAddress 異動前住所 (the address before the last 転居), on one line
 * @param removedOn     消除年月日
 * @param removalReason 消除事由 (転出, 死亡, 職権消除)
 * @param destinationAddress 転出先住所, on one line
 * @param reasonText    修正事由 of a 職権修正, 職権消除 or 回復 version (for a migrated one: the legacy 異動事由 it stands for)
 * @param honseki       本籍
 * @param hittosha      筆頭者
 * @param foreign       外国人住民の記載事項, or {@code null}
 * @param residentCode  住民票コード
 * @param myNumber      個人番号 (check digit verified by the caller)
 * @param batchId       the import batch (every row carries it)
 * @param source        where the version came from, e.g. {@code jumin.csv:12}, for the report
 */
public record ImportedVersion(
        String atenabango,
        int version,
        RecordStatus status,
        ChangeReason reason,
        LocalDate validFrom,
        @Nullable LocalDate notifiedOn,
        Instant recordedAt,
        boolean current,
        String shimei,
        String furigana,
        LocalDate birthDate,
        @Nullable String birthDateFusho,
        String sex,
        String setaibango,
        String zokugara,
        boolean head,
        @Nullable LocalDate residentSince,
        @Nullable LocalDate addressSince,
        ResidentAddress address,
        @Nullable String previousAddress,
        @Nullable String formerAddress,
        @Nullable LocalDate removedOn,
        @Nullable String removalReason,
        @Nullable String destinationAddress,
        @Nullable String reasonText,
        @Nullable String honseki,
        @Nullable String hittosha,
        @Nullable Foreign foreign,
        @Nullable String residentCode,
        @Nullable String myNumber,
        String batchId,
        String source) {

    /** 外国人住民の記載事項 (住民基本台帳法 第30条の45). */
    public record Foreign(
            String kokuseki,
            @Nullable String kubun,
            @Nullable String zairyushikaku,
            @Nullable String zairyukikan,
            @Nullable LocalDate periodEnds,
            @Nullable String cardNumber,
            @Nullable String tsusho,
            @Nullable String tsushoFurigana) {}
}
