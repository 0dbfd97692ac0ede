package jp.kikan.residentregistry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 名寄せ before the registry enters a person (転入, 職権記載, 出生): the residents who may already be that person. The
 * registry asks; the 団体内統合宛名 module, which owns the matching rules (共通機能標準仕様書 §2.3, §2.4), answers, so that one
 * matcher serves both the numbering of 住登外者 and the registry's entries (docs/decisions/0020-duplicate-entries.md).
 */
public interface ResidentMatching {

    /**
     * Residents of the bound tenant (removed persons included) who may be the person described: the same 氏名 or
     * 振り仮名 and 生年月日, or the same 氏名 and 住所.
     *
     * @param shimei    氏名
     * @param furigana  氏名の振り仮名, when known
     * @param birthDate 生年月日
     * @param address   住所 on one line ({@link ResidentAddress#oneLine()}), when known
     */
    List<Match> residentsLike(String shimei, @Nullable String furigana, LocalDate birthDate, @Nullable String address);

    /**
     * A resident who may be the person.
     *
     * @param atenabango 宛名番号 (住民宛名番号)
     * @param reasons    the 名寄せ rules that matched ({@code SHIMEI_SEINENGAPPI}, {@code FURIGANA_SEINENGAPPI},
     *     {@code SHIMEI_SEINENGAPPI_FUSHO}, {@code FURIGANA_SEINENGAPPI_FUSHO}, {@code SHIMEI_JUSHO})
     */
    record Match(String atenabango, List<String> reasons) {
        public Match {
            reasons = List.copyOf(reasons);
        }
    }
}
