package jp.kikan.childrearingallowance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.childrearingallowance.domain.AllowanceCalculator;
import jp.kikan.childrearingallowance.domain.AllowanceRequest;
import jp.kikan.childrearingallowance.domain.ChildFacts;
import jp.kikan.childrearingallowance.domain.ChildJudgement;
import jp.kikan.childrearingallowance.domain.Income;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.MonthlyAllowance;
import jp.kikan.childrearingallowance.domain.PartialStopFacts;
import jp.kikan.childrearingallowance.domain.QualificationFacts;
import jp.kikan.childrearingallowance.domain.QualificationJudgement;
import jp.kikan.childrearingallowance.domain.Recipient;
import jp.kikan.childrearingallowance.domain.Reduction;
import jp.kikan.childrearingallowance.domain.Step;
import jp.kikan.childrearingallowance.domain.Supporter;
import jp.kikan.childrearingallowance.web.api.SimulationsApi;
import jp.kikan.childrearingallowance.web.model.ChildRearingAllowanceSimulation;
import jp.kikan.childrearingallowance.web.model.ChildRearingAllowanceSimulationRequest;
import jp.kikan.childrearingallowance.web.model.FuyoGimusha;
import jp.kikan.childrearingallowance.web.model.Gendogaku;
import jp.kikan.childrearingallowance.web.model.JidoHantei;
import jp.kikan.childrearingallowance.web.model.KeisanStep;
import jp.kikan.childrearingallowance.web.model.ShikyuTeishi;
import jp.kikan.childrearingallowance.web.model.ShogaiJotai;
import jp.kikan.childrearingallowance.web.model.ShotokuUchiwake;
import jp.kikan.childrearingallowance.web.model.SimulationJido;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 児童扶養手当の試算: the decision and amount for one month from the facts given, without storing anything or reading
 * the registry (so no audit record: no person is identified).
 */
@RestController
class ChildRearingAllowanceSimulationController implements SimulationsApi {

    private final AllowanceCalculator calculator;

    ChildRearingAllowanceSimulationController(AllowanceCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public ResponseEntity<ChildRearingAllowanceSimulation> simulateChildRearingAllowance(
            String tenantCode, ChildRearingAllowanceSimulationRequest body) {
        MonthlyAllowance result;
        try {
            // the generated model holds an empty list where the request has none
            List<SimulationJido> jido = body.getJido() == null || body.getJido().isEmpty() ? null : body.getJido();
            if (jido != null && body.getTaishoJidoSu() != null) {
                throw invalid("jido", "ambiguous", "対象児童の数（taisho_jido_su）と児童（jido）はどちらか一方を指定してください");
            }
            if (jido == null && body.getTaishoJidoSu() == null) {
                throw invalid("taisho_jido_su", "required", "対象児童の数（taisho_jido_su）又は児童（jido）を指定してください");
            }
            AllowanceRequest request = toRequest(body, jido == null ? orZero(body.getTaishoJidoSu()) : jido.size());
            QualificationFacts qualification = RequirementCodec.facts(body.getShikyuYoken(), body.getJogaiJiyu());
            result = calculator.calculate(request, jido == null ? null : children(jido), qualification);
        } catch (InvalidInput e) {
            throw ProblemException.invalidField(e.field(), e);
        }
        return ResponseEntity.ok(toApi(result));
    }

    private static List<ChildFacts> children(List<SimulationJido> jido) {
        List<ChildFacts> out = new ArrayList<>();
        for (int i = 0; i < jido.size(); i++) {
            SimulationJido j = jido.get(i);
            String at = "jido[" + i + "]";
            LocalDate birth = RequestDates.required(at + ".seinengappi", j.getSeinengappi());
            ShogaiJotai shogai = j.getShogai();
            out.add(new ChildFacts(birth, RequirementCodec.disability(at + ".shogai", shogai)));
        }
        return out;
    }

    private static AllowanceRequest toRequest(ChildRearingAllowanceSimulationRequest body, int children) {
        Recipient recipient =
                switch (body.getJukyushaKubun()) {
                    case HAHA -> Recipient.MOTHER;
                    case CHICHI -> Recipient.FATHER;
                    case YOIKUSHA -> Recipient.FOSTER;
                };
        List<Supporter> supporters = new ArrayList<>();
        List<FuyoGimusha> fuyoGimusha = body.getFuyoGimusha();
        if (fuyoGimusha != null) {
            for (FuyoGimusha f : fuyoGimusha) {
                supporters.add(IncomeCodec.supporter(f));
            }
        }
        YearMonth start = RequestDates.optionalMonth("shikyu_kaishi_ym", body.getShikyuKaishiYm());
        YearMonth eligibleSince = RequestDates.optionalMonth("shikyu_yoken_gaito_ym", body.getShikyuYokenGaitoYm());
        LocalDate under3 = RequestDates.optional("sansai_miman_jido_seinengappi", body.getSansaiMimanJidoSeinengappi());
        if (start == null && (eligibleSince != null || under3 != null || body.getTekiyoJogaiJiyu() != null)) {
            throw invalid(
                    "shikyu_kaishi_ym",
                    "required",
                    "支給要件該当年月・3歳未満の児童の生年月日・適用除外事由とともに支給開始年月（shikyu_kaishi_ym）を指定してください");
        }
        return new AllowanceRequest(
                YearMonth.parse(body.getTaishoYm()),
                children,
                recipient,
                income(body.getShotokugaku(), body.getShotoku()),
                orZero(body.getFuyoShinzokutoSu()),
                orZero(body.getRojinFuyoShinzokutoSu()),
                orZero(body.getTokuteiFuyoShinzokutoSu()),
                supporters,
                IncomeCodec.pensions(body.getKokin()),
                start == null
                        ? null
                        : new PartialStopFacts(
                                start, eligibleSince, under3, IncomeCodec.exemption(body.getTekiyoJogaiJiyu())));
    }

    private static Income income(@Nullable Long assessed, @Nullable ShotokuUchiwake parts) {
        if (assessed != null && parts != null) {
            throw invalid("shotoku", "ambiguous", "所得額（shotokugaku）と所得の内訳（shotoku）はどちらか一方を指定してください");
        }
        if (assessed != null) {
            return new Income.Assessed(assessed);
        }
        if (parts == null) {
            throw invalid("shotokugaku", "required", "所得額（shotokugaku）又は所得の内訳（shotoku）を指定してください");
        }
        return IncomeCodec.parts(parts);
    }

    private static ProblemException invalid(String field, String code, String reason) {
        return ProblemException.invalidField(field, new InvalidInput(field, code, reason));
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    private static ChildRearingAllowanceSimulation toApi(MonthlyAllowance result) {
        QualificationJudgement qualification = result.qualification();
        List<KeisanStep> steps = new ArrayList<>();
        for (Step step : result.steps()) {
            steps.add(new KeisanStep(step.item(), step.explanation(), step.source()).kingaku(step.amount()));
        }
        List<ShikyuTeishi> teishi = new ArrayList<>();
        for (Reduction r : result.reductions()) {
            teishi.add(new ShikyuTeishi(
                    switch (r.kind()) {
                        case PENSION -> ShikyuTeishi.JiyuEnum.KOKIN_HEIKYU_CHOSEI;
                        case PARTIAL_STOP -> ShikyuTeishi.JiyuEnum.ICHIBU_SHIKYU_TEISHI;
                    },
                    r.amount(),
                    r.explanation(),
                    r.source()));
        }
        return new ChildRearingAllowanceSimulation(
                        result.month().toString(),
                        switch (result.decision()) {
                            case FULL -> ChildRearingAllowanceSimulation.ShikyuKubunEnum.ZENBU_SHIKYU;
                            case PARTIAL -> ChildRearingAllowanceSimulation.ShikyuKubunEnum.ICHIBU_SHIKYU;
                            case STOPPED -> ChildRearingAllowanceSimulation.ShikyuKubunEnum.SHIKYU_TEISHI;
                            case NO_CHILD -> ChildRearingAllowanceSimulation.ShikyuKubunEnum.TAISHO_JIDO_NASHI;
                            case NOT_QUALIFIED -> ChildRearingAllowanceSimulation.ShikyuKubunEnum.SHIKYU_YOKEN_HI_GAITO;
                        },
                        result.children(),
                        result.judged()
                                ? ChildRearingAllowanceSimulation.TaishoJidoHanteiEnum.KOBETSU_HANTEI
                                : ChildRearingAllowanceSimulation.TaishoJidoHanteiEnum.MIHANTEI,
                        result.total(),
                        result.base(),
                        result.additions(),
                        result.assessedIncome(),
                        new Gendogaku(
                                result.limits().full(),
                                result.limits().partial(),
                                result.limits().recipient()),
                        steps,
                        result.paymentMonth().toString())
                .choseiMaeGetsugaku(result.beforeReductions())
                .shikyuYokenHantei(
                        qualification == null
                                ? ChildRearingAllowanceSimulation.ShikyuYokenHanteiEnum.MIHANTEI
                                : ChildRearingAllowanceSimulation.ShikyuYokenHanteiEnum.HANTEI)
                .shikyuYokenKekka(qualification == null ? null : RequirementCodec.view(qualification))
                .teishi(teishi)
                .jidoHantei(result.judgements().stream()
                        .map(ChildRearingAllowanceSimulationController::judgement)
                        .toList());
    }

    /** One child's judgement as the API shows it. */
    static JidoHantei judgement(ChildJudgement j) {
        YearMonth last = j.lastMonth();
        return new JidoHantei(j.position(), j.birthDate(), j.counts(), j.reason(), j.source())
                .jidoShuryoYm(last == null ? null : last.toString());
    }
}
