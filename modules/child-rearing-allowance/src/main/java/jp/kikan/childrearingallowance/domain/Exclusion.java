package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 除外事由 (児童扶養手当法 第4条第2項): a fact about the 児童 that stops the 手当 although the 支給要件 holds, from the day it
 * began ({@code from}) to the day it ended ({@code to}, open if {@code null}). The 手当 is paid through the month in
 * which the 支給要件 ceased (第7条第1項), so a 除外事由 excludes the months after the month it began, up to the month it
 * ended (a 支給要件 arising again is paid from the month after, 第7条第1項).
 *
 * @param kind    which 除外事由
 * @param from    the day it began
 * @param to      the day it ended, {@code null} while it lasts
 * @param deFacto for {@link Kind#SPOUSE}: the 配偶者 is a 事実上の配偶者 (婚姻の届出をしていない)
 */
public record Exclusion(Kind kind, LocalDate from, @Nullable LocalDate to, boolean deFacto) {

    public Exclusion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("ends before it begins: " + from + " – " + to);
        }
    }

    /** The 除外事由 of 第4条第2項 that concern the 児童. */
    public enum Kind {
        /** 父又は母の配偶者 (事実上の配偶者を含む, 第3条第3項) に養育されている. */
        SPOUSE("父又は母の配偶者に養育されている"),
        /** 受給資格者でない父又は母と生計を同じくしている (that parent in the 障害の状態 of 別表第二 excepted). */
        OTHER_PARENT("受給資格者でない父又は母と生計を同じくしている"),
        /** 児童福祉法 第27条第1項第3号 の里親に委託されている. */
        FOSTER_CARE("里親に委託されている"),
        /** 児童福祉施設等 に入所している (通所によるものを除く). */
        FACILITY("児童福祉施設等に入所している（通所を除く）"),
        /** 日本国内に住所を有しない. */
        ABROAD("日本国内に住所を有しない");

        private final String japanese;

        Kind(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }

    /** Whether it excludes {@code month}: after the month it began, up to the month it ended. */
    public boolean excludes(YearMonth month) {
        return YearMonth.from(from).isBefore(month) && (to == null || !month.isAfter(YearMonth.from(to)));
    }

    /** In Japanese, e.g. 「父又は母の配偶者（事実上の配偶者）に養育されている（2025-04-10から）」. */
    String describe() {
        String what = kind == Kind.SPOUSE && deFacto ? "父又は母の事実上の配偶者に養育されている" : kind.japanese();
        return what + "（" + from + "から" + (to == null ? "" : to + "まで") + "）";
    }
}
