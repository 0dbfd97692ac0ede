package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One child of the recipient as the calculation sees it.
 *
 * @param birthDate 生年月日
 * @param care      how the recipient stands to the child
 */
public record Child(LocalDate birthDate, Care care) {

    public Child {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(care, "care");
    }

    /** How the recipient stands to a child (児童手当法 第4条, 第6条). */
    public enum Care {
        /** 監護し、かつ、生計を同じくする (or 生計を維持する): paid while in age, and counted for the rank. */
        SUPPORTED,
        /**
         * 監護に相当する日常生活上の世話及び必要な保護をし、生計費を負担する子 (typically 18歳年度末 to 22歳年度末, e.g. a
         * student): never paid, counted for the 第3子以降 rank only, and only from 2024-10 (令和6年法律第47号).
         */
        COUNTED_FOR_RANK_ONLY
    }
}
