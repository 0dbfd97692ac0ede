package jp.kikan.childrearingallowance.internal;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.childrearingallowance.domain.Deductions;
import jp.kikan.childrearingallowance.domain.Exemption;
import jp.kikan.childrearingallowance.domain.Income;
import jp.kikan.childrearingallowance.domain.IncomeYear;
import jp.kikan.childrearingallowance.domain.Pension;
import jp.kikan.childrearingallowance.domain.Supporter;
import jp.kikan.childrearingallowance.web.model.FuyoGimusha;
import jp.kikan.childrearingallowance.web.model.Kojo;
import jp.kikan.childrearingallowance.web.model.Kokin;
import jp.kikan.childrearingallowance.web.model.ShotokuNendo;
import jp.kikan.childrearingallowance.web.model.ShotokuUchiwake;
import jp.kikan.childrearingallowance.web.model.TekiyoJogaiJiyu;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 所得 of a 所得年 between the API ({@link ShotokuNendo}), its stored JSON and the domain ({@link IncomeYear}): the
 * one place the API's type of a 所得 is read, so that no process or domain class sees it.
 */
@Component
class IncomeCodec {

    private final JsonMapper json;

    IncomeCodec(JsonMapper json) {
        this.json = json;
    }

    /** The 所得 given in a request ({@code field} names it in a refusal). */
    GivenIncome given(ShotokuNendo n, String field) {
        return new GivenIncome(of(n, field), json.writeValueAsString(n));
    }

    /** The 所得 given in a list ({@code field[i]}). */
    List<GivenIncome> given(@Nullable List<ShotokuNendo> list, String field) {
        List<GivenIncome> out = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                out.add(given(list.get(i), field + "[" + i + "]"));
            }
        }
        return out;
    }

    /** The recorded 所得 as the law reads it. */
    IncomeYear read(IncomeRecord record) {
        return of(view(record), "shotoku");
    }

    /** The recorded 所得 as the API shows it. */
    ShotokuNendo view(IncomeRecord record) {
        return json.readValue(record.asGiven(), ShotokuNendo.class);
    }

    /** The domain's 所得年; the 受給者's 所得 given once, as an amount or as its parts (400 naming {@code field}). */
    private static IncomeYear of(ShotokuNendo n, String field) {
        Long assessed = n.getShotokugaku();
        ShotokuUchiwake parts = n.getShotoku();
        if ((assessed == null) == (parts == null)) {
            throw ProblemException.invalid(
                    "所得額（shotokugaku）又は所得の内訳（shotoku）のどちらか一方を指定してください。",
                    new InvalidParam(field + ".shotokugaku", "one-of", "所得額と所得の内訳はどちらか一方を指定してください。"));
        }
        Income income = assessed != null ? new Income.Assessed(assessed) : parts(parts);
        List<Supporter> supporters = new ArrayList<>();
        List<FuyoGimusha> fuyoGimusha = n.getFuyoGimusha();
        if (fuyoGimusha != null) {
            for (FuyoGimusha f : fuyoGimusha) {
                supporters.add(supporter(f));
            }
        }
        return new IncomeYear(
                n.getShotokuNen(),
                income,
                orZero(n.getFuyoShinzokutoSu()),
                orZero(n.getRojinFuyoShinzokutoSu()),
                orZero(n.getTokuteiFuyoShinzokutoSu()),
                supporters,
                pensions(n.getKokin()),
                exemption(n.getTekiyoJogaiJiyu()),
                RequestDates.optionalMonth(field + ".shikyu_yoken_gaito_ym", n.getShikyuYokenGaitoYm()));
    }

    /** A 配偶者 or 扶養義務者 as the law reads it. */
    static Supporter supporter(FuyoGimusha f) {
        return new Supporter(f.getShotokugaku(), orZero(f.getFuyoShinzokutoSu()), orZero(f.getRojinFuyoShinzokutoSu()));
    }

    /** The 公的年金給付等 given (児童扶養手当法 第13条の2). */
    static List<Pension> pensions(@Nullable List<Kokin> kokin) {
        List<Pension> out = new ArrayList<>();
        if (kokin != null) {
            for (Kokin k : kokin) {
                Pension.Kind kind =
                        switch (k.getShurui()) {
                            case SHOGAI_KISO_NENKINTO -> Pension.Kind.DISABILITY_BASIC_CHILD_ADDITION;
                            case SONOTA -> Pension.Kind.RECIPIENT_OTHER;
                            case JIDO -> Pension.Kind.CHILD;
                        };
                out.add(new Pension(kind, k.getKingaku(), k.getTani() != Kokin.TaniEnum.GETSUGAKU));
            }
        }
        return out;
    }

    /** The reason of an 一部支給停止適用除外事由届出 (児童扶養手当法 第13条の3第2項), if one was filed. */
    static @Nullable Exemption exemption(@Nullable TekiyoJogaiJiyu jiyu) {
        if (jiyu == null) {
            return null;
        }
        return switch (jiyu) {
            case SHUGYO -> Exemption.WORKING;
            case KYUSHOKU -> Exemption.JOB_SEEKING;
            case SHOGAI -> Exemption.DISABLED;
            case SHIPPEI -> Exemption.ILL_OR_INJURED;
            case KAIGO -> Exemption.CARING;
        };
    }

    /** The 所得 of its parts (所得金額等, 給与所得等, 養育費) with the 控除 of {@code parts}. */
    static Income parts(@Nullable ShotokuUchiwake parts) {
        if (parts == null) {
            throw new IllegalArgumentException("parts");
        }
        Kojo kojo = parts.getKojo();
        Deductions deductions = kojo == null
                ? Deductions.NONE
                : new Deductions(
                        orZero(kojo.getShogaishaSu()),
                        orZero(kojo.getTokubetsuShogaishaSu()),
                        Boolean.TRUE.equals(kojo.getKinroGakusei()),
                        Boolean.TRUE.equals(kojo.getKafu()),
                        Boolean.TRUE.equals(kojo.getHitorioya()),
                        orZero(kojo.getZasson()),
                        orZero(kojo.getIryohi()),
                        orZero(kojo.getShokiboKigyoKyosai()),
                        orZero(kojo.getHaigushaTokubetsu()));
        return new Income.Parts(
                parts.getSotokuKingakuto(), orZero(parts.getKyuyoShotokuto()), orZero(parts.getYoikuhi()), deductions);
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
