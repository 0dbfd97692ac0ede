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
import tools.jackson.databind.json.JsonMapper;

/** The 所得 of a 所得年 between the API, its stored JSON and the domain. */
final class Incomes {

    private Incomes() {}

    /** The domain's 所得年; the 受給者's 所得 given once, as an amount or as its parts (400 naming {@code field}). */
    static IncomeYear of(ShotokuNendo n, String field) {
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

    static String json(JsonMapper json, ShotokuNendo n) {
        return json.writeValueAsString(n);
    }

    static ShotokuNendo read(JsonMapper json, String text) {
        return json.readValue(text, ShotokuNendo.class);
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
