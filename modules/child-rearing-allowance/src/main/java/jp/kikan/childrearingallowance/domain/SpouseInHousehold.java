package jp.kikan.childrearingallowance.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the 住民票 shows the 受給者 with a 配偶者 in the household: the 続柄 to the 世帯主 (住民基本台帳事務処理要領
 * 第2-1-(2)-ク) records a wife or husband as 妻・夫, one not married by 届出 as 妻（未届）・夫（未届）. A 受給者 who is the
 * 世帯主 has a 配偶者 where a member is one of those; a 受給者 recorded as one of those has the 世帯主 as 配偶者. For
 * 児童扶養手当 a 配偶者 includes the 事実上の配偶者 (児童扶養手当法 第3条第3項), and a child raised by the 父又は母's
 * 配偶者 is excluded (第4条第2項): the registry's sign is a reason to propose the 資格喪失, which the clerk confirms.
 */
public final class SpouseInHousehold {

    private static final Set<String> MARRIED = Set.of("妻", "夫");
    private static final Set<String> DE_FACTO = Set.of("妻（未届）", "夫（未届）");

    private SpouseInHousehold() {}

    /** What the registry shows of the 受給者's 配偶者. */
    public enum Sign {
        /** 妻・夫: a 配偶者 by 婚姻の届出. */
        MARRIED("配偶者"),
        /** 妻（未届）・夫（未届）: a 事実上の配偶者. */
        DE_FACTO("事実上の配偶者");

        private final String japanese;

        Sign(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }

    /**
     * The sign of a 配偶者 of a 受給者 recorded with {@code zokugara} ({@code head}: the 受給者 is the 世帯主), among the
     * other members' {@code others}; empty if none.
     */
    public static Optional<Sign> of(String zokugara, boolean head, List<String> others) {
        if (!head) {
            return sign(zokugara);
        }
        Optional<Sign> found = Optional.empty();
        for (String other : others) {
            Optional<Sign> sign = sign(other);
            if (sign.isPresent() && (found.isEmpty() || sign.get() == Sign.MARRIED)) {
                found = sign;
            }
        }
        return found;
    }

    private static Optional<Sign> sign(String zokugara) {
        String z = zokugara.strip();
        if (MARRIED.contains(z)) {
            return Optional.of(Sign.MARRIED);
        }
        return DE_FACTO.contains(z) ? Optional.of(Sign.DE_FACTO) : Optional.empty();
    }
}
