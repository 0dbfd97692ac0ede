package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 支給要件 (児童扶養手当法 第4条第1項): the situation of the 児童 that makes its 母, 父 or 養育者 eligible, whose parent it
 * concerns and the day it arose. Judged per month by {@link Qualification}, with the 除外事由 of 第4条第2項.
 *
 * @param situation 支給要件該当事由
 * @param parent    whose situation: the 父 for a 母's 手当, the 母 for a 父's; {@code null} for the default (required for
 *                  a 養育者)
 * @param arose     the day the situation arose (離婚, 死亡, 障害認定, 生死不明となった日, the first day of the 遺棄 or 拘禁,
 *                  the 保護命令, the birth)
 */
public record Requirement(Situation situation, @Nullable Parent parent, LocalDate arose) {

    public Requirement {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(arose, "arose");
    }

    /** 父 or 母, the parent whose situation the 支給要件 is. */
    public enum Parent {
        FATHER("父"),
        MOTHER("母");

        private final String japanese;

        Parent(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }

    /**
     * 支給要件該当事由: イ to ニ of 第4条第1項第1号・第2号, and the 政令 cases of ホ (施行令 第1条の2 for the 父's situation in a
     * 母's 手当, 施行令 第2条 for the 母's in a 父's).
     */
    public enum Situation {
        /** 父母が婚姻を解消した児童 (事実婚の解消を含む). */
        DIVORCE("父母が婚姻を解消した", "イ", null),
        /** 父又は母が死亡した児童. */
        DEATH("死亡した", "ロ", null),
        /** 父又は母が政令で定める程度の障害の状態にある児童 (施行令 別表第二). */
        DISABILITY("政令で定める程度の障害の状態にある", "ハ", null),
        /** 父又は母の生死が明らかでない児童. */
        MISSING("生死が明らかでない", "ニ", null),
        /** 父又は母が引き続き1年以上遺棄している児童. */
        ABANDONED("引き続き1年以上遺棄している", "ホ", 1),
        /** 父又は母が配偶者暴力防止法 第10条第1項の保護命令を受けた児童. */
        PROTECTION_ORDER("配偶者からの暴力の防止及び被害者の保護等に関する法律第10条第1項の命令を受けた", "ホ", 2),
        /** 父又は母が法令により引き続き1年以上拘禁されている児童. */
        DETAINED("法令により引き続き1年以上拘禁されている", "ホ", 3),
        /** 婚姻によらないで懐胎した児童. */
        UNMARRIED("婚姻によらないで懐胎した", "ホ", 4),
        /** 棄児等: 婚姻によらないで懐胎したかどうかが明らかでない児童. */
        UNKNOWN("婚姻によらないで懐胎したかどうかが明らかでない（棄児等）", "ホ", 5);

        private final String japanese;
        private final String item;
        private final @Nullable Integer ordinanceItem;

        Situation(String japanese, String item, @Nullable Integer ordinanceItem) {
            this.japanese = japanese;
            this.item = item;
            this.ordinanceItem = ordinanceItem;
        }

        public String japanese() {
            return japanese;
        }

        /** Whether the situation is the parent's own (イ has both parents, the ホ of 懐胎 the mother's). */
        boolean ofAParent() {
            return this != DIVORCE && this != UNMARRIED && this != UNKNOWN;
        }

        /**
         * The provision for a recipient and the parent concerned: 第1号 for the 父's situation (a 母's 手当, or a 養育者's
         * by 第3号), 第2号 for the 母's; ホ with its 政令 (施行令 第1条の2 / 第2条).
         */
        String source(Recipient recipient, Parent parent) {
            int number = parent == Parent.FATHER ? 1 : 2;
            String law = "児童扶養手当法 第4条第1項第" + number + "号" + item + (recipient == Recipient.FOSTER ? "（第3号：養育者）" : "");
            if (this == DISABILITY) {
                law += "、同法施行令 別表第二";
            }
            if (ordinanceItem != null) {
                law += "、同法施行令 第" + (parent == Parent.FATHER ? "1条の2" : "2条") + "第" + ordinanceItem + "号";
            }
            return law;
        }
    }
}
