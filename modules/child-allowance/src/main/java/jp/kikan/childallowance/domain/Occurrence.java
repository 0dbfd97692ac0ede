package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event after which a 認定請求 or 額改定請求 made within the special period counts from the month after the event
 * (15日特例, 児童手当法 第8条第3項).
 *
 * @param kind what happened
 * @param date the day it happened (住所を変更した日, the birth date)
 */
public record Occurrence(Kind kind, LocalDate date) {

    public Occurrence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    /** The events the 15日特例 knows. */
    public enum Kind {
        /** 住所を変更した場合 (転入): the 受給者 moved into the municipality. */
        MOVE_IN("転入（住所の変更）"),
        /** 出生: treated as 「やむを得ない理由」 of 第8条第3項 (e.g. 中野区児童手当法施行細則 第3条第3号). */
        BIRTH("出生");

        private final String japanese;

        Kind(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }
}
