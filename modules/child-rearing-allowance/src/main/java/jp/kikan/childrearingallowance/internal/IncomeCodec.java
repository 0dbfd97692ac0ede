package jp.kikan.childrearingallowance.internal;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.childrearingallowance.domain.Deductions;
import jp.kikan.childrearingallowance.domain.Income;
import jp.kikan.childrearingallowance.domain.IncomeYear;
import jp.kikan.childrearingallowance.domain.Supporter;
import jp.kikan.childrearingallowance.web.model.FuyoGimusha;
import jp.kikan.childrearingallowance.web.model.Kojo;
import jp.kikan.childrearingallowance.web.model.ShotokuNendo;
import jp.kikan.childrearingallowance.web.model.ShotokuUchiwake;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
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
                supporters.add(new Supporter(f.getShotokugaku(), orZero(f.getFuyoShinzokutoSu())));
            }
        }
        return new IncomeYear(
                n.getShotokuNen(),
                income,
                orZero(n.getFuyoShinzokutoSu()),
                orZero(n.getRojinFuyoShinzokutoSu()),
                orZero(n.getTokuteiFuyoShinzokutoSu()),
                supporters);
    }

    private static Income parts(@Nullable ShotokuUchiwake parts) {
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
