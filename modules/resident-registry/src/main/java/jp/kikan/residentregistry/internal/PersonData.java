package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person as entered (転入, 職権記載, 出生), validated in form; the legal preconditions are the processes'. */
record PersonData(
        String field,
        String shimei,
        String furigana,
        LocalDate seinengappi,
        String seibetsu,
        String zokugara,
        @Nullable String honseki,
        @Nullable String hittosha,
        @Nullable String juminhyoCode,
        @Nullable String kojinbango,
        @Nullable Foreign foreign,
        Qualifications qualifications) {

    /** 外国人住民の記載事項. */
    record Foreign(
            String kokuseki,
            @Nullable String kubun,
            @Nullable String zairyushikaku,
            @Nullable String zairyukikan,
            @Nullable LocalDate manryoYmd,
            @Nullable String cardNumber,
            @Nullable String tsusho,
            @Nullable String tsushoFurigana) {}

    /** 資格の記載. */
    record Qualifications(
            boolean senkyoninMeibo, boolean kokuho, boolean koki, boolean kaigo, boolean kokunen, boolean jidoteate) {
        static final Qualifications NONE = new Qualifications(false, false, false, false, false, false);
    }

    boolean isHead() {
        return Relationships.HEAD.equals(zokugara);
    }
}
