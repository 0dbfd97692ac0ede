package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import org.jspecify.annotations.Nullable;

/**
 * 支給要件 (児童扶養手当法 第4条) judged for a month.
 *
 * <ul>
 *   <li>第4条第1項: a 母 qualifies for a 児童 in a situation of the 父 (第1号イ〜ホ), a 父 for one of the 母 (第2号), a 養育者
 *       for either (第3号). The 政令 cases of ホ (施行令 第1条の2, 第2条) need 1年 of 遺棄 or 拘禁 (a legal parameter): the
 *       situation arises when that year is complete (民法 第140条・第143条: the day of the same date a year later).
 *   <li>第7条第1項: the 手当 is paid from the month after the 請求, so at the earliest from the month after the one in
 *       which the situation arose; and through the month in which it ceases, so a 除外事由 stops the months after the
 *       month it began.
 *   <li>第4条第2項: the 除外事由 of the 児童 ({@link Exclusion.Kind}); living with the other parent does not exclude when
 *       that parent is in the 障害の状態 of 別表第二 (the 支給要件 of ハ).
 * </ul>
 *
 * <p>Not modelled: the 受給資格者's own 住所 abroad (the registry's 転出 ends the 受給資格), 第3号's 「母がない場合」 and the
 * 養育者 who lives with the parent. Until 2014-11 a 公的年金 the child or recipient could receive was a 除外事由; since
 * 2014-12 (平成26年法律第28号) it is the 併給調整 of 第13条の2, and months before 2021-03 are not computed at all.
 */
public final class Qualification {

    static final String SOURCE_MONTHS = "児童扶養手当法 第7条第1項";
    static final String SOURCE_EXCLUSION = "児童扶養手当法 第4条第2項";

    private final Parameters parameters;

    public Qualification(LegalParameters parameters) {
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The judgement of {@code month} for a {@code recipient}.
     *
     * @throws InvalidInput for a parent that does not fit the recipient (a 母's own situation in her own 手当), or a
     *                      養育者 without the parent
     */
    public QualificationJudgement judge(Recipient recipient, QualificationFacts facts, YearMonth month) {
        Requirement requirement = facts.requirement();
        Requirement.Parent parent = parent(recipient, requirement);
        Requirement.Situation situation = requirement.situation();
        String source = situation.source(recipient, parent);
        LocalDate arises = requirement.arose();
        String since = "";
        ResolvedParameter years = yearsNeeded(situation, month.atDay(1));
        if (years != null) {
            arises = requirement.arose().plusYears(years.integer());
            since = "（" + requirement.arose() + "から" + years.integer() + "年を経過した" + arises + "に該当）";
            source += "; " + Parameters.cite(years);
        }
        String who = (situation.ofAParent() ? parent.japanese() + "が" : "") + situation.japanese() + "児童" + since;
        if (!YearMonth.from(arises).isBefore(month)) {
            return new QualificationJudgement(
                    false,
                    who + "：支給要件に該当した日（" + arises + "）の属する月の翌月分から支給するため、" + month + "分は支給しない",
                    source + "、" + SOURCE_MONTHS);
        }
        String excused = "";
        for (Exclusion exclusion : facts.exclusions()) {
            if (!exclusion.excludes(month)) {
                continue;
            }
            if (exclusion.kind() == Exclusion.Kind.OTHER_PARENT && situation == Requirement.Situation.DISABILITY) {
                excused = "。" + exclusion.describe() + "が、その" + parent.japanese() + "は政令で定める程度の障害の状態にあるため除外しない";
                continue;
            }
            return new QualificationJudgement(
                    false,
                    who + "であるが、児童が" + exclusion.describe() + "ため、その日の属する月（" + YearMonth.from(exclusion.from())
                            + "）の翌月分から支給しない：" + month + "分は支給しない",
                    SOURCE_EXCLUSION + "、" + SOURCE_MONTHS + "; " + source);
        }
        return new QualificationJudgement(
                true,
                who + "を" + (recipient == Recipient.FOSTER ? "養育" : "監護") + "：" + month + "分は支給要件に該当" + excused,
                source + (excused.isEmpty() ? "" : "; " + SOURCE_EXCLUSION));
    }

    private static Requirement.Parent parent(Recipient recipient, Requirement requirement) {
        Requirement.Parent given = requirement.parent();
        Requirement.Situation situation = requirement.situation();
        Requirement.Parent expected =
                switch (recipient) {
                    case MOTHER -> Requirement.Parent.FATHER;
                    case FATHER -> Requirement.Parent.MOTHER;
                    case FOSTER -> given;
                };
        if (expected == null) {
            throw new InvalidInput(
                    "shikyu_yoken.oya", "required", "養育者の手当では、支給要件がどちらの親の状態か（shikyu_yoken.oya）を指定してください");
        }
        if (given != null && given != expected && situation.ofAParent()) {
            throw new InvalidInput(
                    "shikyu_yoken.oya",
                    "inconsistent",
                    recipient.japanese() + "の手当の支給要件は" + expected.japanese() + "の状態です（shikyu_yoken.oya）");
        }
        return expected;
    }

    private @Nullable ResolvedParameter yearsNeeded(Requirement.Situation situation, LocalDate day) {
        return switch (situation) {
            case ABANDONED -> parameters.get(Parameters.REQUIREMENT_ABANDONED_YEARS, day);
            case DETAINED -> parameters.get(Parameters.REQUIREMENT_DETAINED_YEARS, day);
            default -> null;
        };
    }
}
