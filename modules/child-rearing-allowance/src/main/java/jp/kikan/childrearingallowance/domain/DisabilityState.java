package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 障害の状態 of a child and its evidence (児童扶養手当法 第3条第1項「政令で定める程度の障害の状態」, 同法施行令 第1条・別表第一).
 * 別表第一 describes states, not 手帳 grades: {@code inTable1} is the municipality's judgement on the evidence; the 手帳's
 * kind and grade are kept as recorded and named in the reason, never interpreted.
 *
 * @param evidence  障害の根拠 (手帳, 診断書, なし)
 * @param handbook  手帳の種類, with {@link Evidence#HANDBOOK}
 * @param grade     手帳の等級・程度 as recorded (1級, A …)
 * @param inTable1  別表第一に該当する（政令で定める程度の障害の状態にある）との判定
 * @param judgedOn  判定日, if known
 */
public record DisabilityState(
        Evidence evidence,
        @Nullable Handbook handbook,
        @Nullable String grade,
        boolean inTable1,
        @Nullable LocalDate judgedOn) {

    /** 障害の根拠の区分. */
    public enum Evidence {
        HANDBOOK("障害者手帳等"),
        CERTIFICATE("診断書"),
        NONE("なし");

        private final String japanese;

        Evidence(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }

    /** 手帳の種類. */
    public enum Handbook {
        PHYSICAL("身体障害者手帳"),
        INTELLECTUAL("療育手帳"),
        MENTAL("精神障害者保健福祉手帳");

        private final String japanese;

        Handbook(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }

    public DisabilityState {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence == Evidence.NONE && inTable1) {
            throw new IllegalArgumentException("no evidence, so not in 別表第一");
        }
        if (evidence == Evidence.HANDBOOK && handbook == null) {
            throw new IllegalArgumentException("a 手帳 needs its kind");
        }
    }

    /** Not in a 障害の状態 (or none claimed). */
    public static DisabilityState none() {
        return new DisabilityState(Evidence.NONE, null, null, false, null);
    }

    /** The evidence and the judgement, in Japanese, e.g. 「身体障害者手帳2級により別表第一に該当と判定」. */
    String describe() {
        String basis =
                switch (evidence) {
                    case HANDBOOK -> Objects.requireNonNull(handbook).japanese() + (grade == null ? "" : grade);
                    case CERTIFICATE -> "診断書";
                    case NONE -> "";
                };
        if (evidence == Evidence.NONE) {
            return "障害の状態の申出なし";
        }
        return basis + "により別表第一に" + (inTable1 ? "該当" : "非該当") + "と判定" + (judgedOn == null ? "" : "（" + judgedOn + "）");
    }
}
