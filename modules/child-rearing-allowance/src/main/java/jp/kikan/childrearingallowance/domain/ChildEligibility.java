package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import jp.kikan.platform.time.Ages;

/**
 * 児童 (児童扶養手当法 第3条第1項): a person up to the first 3月31日 on or after the day of reaching 18, or under 20 in
 * the 障害の状態 of 施行令 第1条・別表第一. An age is reached on the day before the birthday (年齢計算ニ関スル法律), so a child
 * born on 4月1日 reaches 18 on 3月31日 and is a 児童 through that March. A disabled child stops being 20歳未満 on the day
 * of reaching 20: the 事由 ends that day, so the child counts through that day's month (法 第7条第1項: paid through the
 * month in which the 事由 ceases; 第8条第3項: the decrease from the month after) — for a birthday on the 1st, the
 * month before the birthday. Months count from their first day; the ages are the legal parameters.
 */
public final class ChildEligibility {

    static final String SOURCE = "児童扶養手当法 第3条第1項、年齢計算ニ関スル法律";
    static final String SOURCE_DISABLED =
            "児童扶養手当法 第3条第1項、同法施行令 第1条・別表第一、年齢計算ニ関スル法律、児童扶養手当法 第7条第1項・第8条第3項（事由が消滅した日の属する月まで）";

    private final Parameters parameters;

    public ChildEligibility(LegalParameters parameters) {
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
    }

    /** Each child judged for {@code month}, in order. */
    public List<ChildJudgement> judge(List<ChildFacts> children, YearMonth month) {
        List<ChildJudgement> out = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            out.add(judge(i + 1, children.get(i), month));
        }
        return out;
    }

    /** One child judged for {@code month}. */
    public ChildJudgement judge(int position, ChildFacts child, YearMonth month) {
        LocalDate day = month.atDay(1);
        LocalDate birth = child.birthDate();
        if (birth.isAfter(month.atEndOfMonth())) {
            return new ChildJudgement(position, birth, false, null, "対象年月（" + month + "）の末日までに出生していないため数えない", SOURCE);
        }
        ResolvedParameter age = parameters.get(Parameters.CHILD_AGE, day);
        int years = Math.toIntExact(age.integer());
        LocalDate reached = Ages.dateOfReaching(birth, years);
        LocalDate yearEnd = Ages.endOfFiscalYearOfReaching(birth, years);
        String byAge = years + "歳に達する日（" + reached + "）以後の最初の3月31日（" + yearEnd + "）";
        DisabilityState disability = child.disability();
        if (disability.inTable1()) {
            ResolvedParameter disabledAge = parameters.get(Parameters.CHILD_DISABLED_AGE, day);
            int limit = Math.toIntExact(disabledAge.integer());
            LocalDate reachedLimit = Ages.dateOfReaching(birth, limit);
            YearMonth last = YearMonth.from(reachedLimit);
            boolean counts = !month.isAfter(last);
            String source = SOURCE_DISABLED + "; " + Parameters.cite(disabledAge);
            String state = disability.describe() + "、" + limit + "歳に達する日（" + reachedLimit + "）の属する月（" + last + "）分まで児童";
            if (!day.isAfter(yearEnd)) {
                return new ChildJudgement(position, birth, true, last, byAge + "までの間にあるため児童（" + state + "）", source);
            }
            return new ChildJudgement(
                    position,
                    birth,
                    counts,
                    last,
                    byAge + "を過ぎているが、" + state
                            + (counts
                                    ? "：" + limit + "歳未満で政令で定める程度の障害の状態にあるため数える"
                                    : "：" + month + "は" + limit + "歳に達した日の属する月の後のため数えない"),
                    source);
        }
        YearMonth last = YearMonth.from(yearEnd);
        String source = SOURCE + "; " + Parameters.cite(age);
        if (!day.isAfter(yearEnd)) {
            return new ChildJudgement(position, birth, true, last, byAge + "までの間にあるため児童（" + last + "分まで）", source);
        }
        return new ChildJudgement(
                position,
                birth,
                false,
                last,
                byAge + "を過ぎており、政令で定める程度の障害の状態にない（" + disability.describe() + "）ため児童ではない",
                source + "; 児童扶養手当法施行令 第1条・別表第一");
    }
}
