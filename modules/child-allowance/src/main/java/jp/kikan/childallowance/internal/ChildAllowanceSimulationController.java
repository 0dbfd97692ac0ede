package jp.kikan.childallowance.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.childallowance.domain.AllowanceCalculator;
import jp.kikan.childallowance.domain.AllowanceRequest;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.ChildLine;
import jp.kikan.childallowance.domain.IncomeTest;
import jp.kikan.childallowance.domain.InvalidInput;
import jp.kikan.childallowance.domain.MonthlyAllowance;
import jp.kikan.childallowance.domain.NoPayment;
import jp.kikan.childallowance.web.api.SimulationsApi;
import jp.kikan.childallowance.web.model.ChildAllowanceSimulation;
import jp.kikan.childallowance.web.model.ChildAllowanceSimulationRequest;
import jp.kikan.childallowance.web.model.Jido;
import jp.kikan.childallowance.web.model.JidoMeisai;
import jp.kikan.childallowance.web.model.ShikyuNashiRiyu;
import jp.kikan.childallowance.web.model.ShotokuSeigen;
import jp.kikan.platform.problem.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 児童手当の試算: the amount for one month from the facts given, without storing anything or reading the registry (so no
 * audit record: no person is identified).
 */
@RestController
class ChildAllowanceSimulationController implements SimulationsApi {

    private final AllowanceCalculator calculator;

    ChildAllowanceSimulationController(AllowanceCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public ResponseEntity<ChildAllowanceSimulation> simulateChildAllowance(
            String tenantCode, ChildAllowanceSimulationRequest body) {
        List<Child> children = new ArrayList<>();
        for (Jido jido : body.getJido()) {
            Child.Care care = jido.getKangoKubun() == Jido.KangoKubunEnum.TASHI_SANTEI_NOMI
                    ? Child.Care.COUNTED_FOR_RANK_ONLY
                    : Child.Care.SUPPORTED;
            children.add(new Child(jido.getSeinengappi(), care));
        }
        Integer elderly = body.getRojinFuyoShinzokutoSu();
        AllowanceRequest request = new AllowanceRequest(
                YearMonth.parse(body.getTaishoYm()),
                children,
                body.getShotokugaku(),
                body.getFuyoShinzokutoSu(),
                elderly == null ? 0 : elderly);
        MonthlyAllowance result;
        try {
            result = calculator.calculate(request);
        } catch (InvalidInput e) {
            throw ProblemException.invalidField(e.field(), e);
        }
        return ResponseEntity.ok(toApi(result));
    }

    private static ChildAllowanceSimulation toApi(MonthlyAllowance result) {
        List<JidoMeisai> lines = new ArrayList<>();
        for (ChildLine line : result.children()) {
            lines.add(
                    new JidoMeisai(line.birthDate(), line.band().japanese(), line.amount(), line.rule(), line.source())
                            .juni(line.rank()));
        }
        ChildAllowanceSimulation api = new ChildAllowanceSimulation(
                result.month().toString(),
                result.total(),
                switch (result.regime()) {
                    case ALLOWANCE -> ChildAllowanceSimulation.ShikyuKubunEnum.JIDO_TEATE;
                    case SPECIAL_BENEFIT -> ChildAllowanceSimulation.ShikyuKubunEnum.TOKUREI_KYUFU;
                    case NONE -> ChildAllowanceSimulation.ShikyuKubunEnum.SHIKYU_NASHI;
                },
                result.paymentMonth().toString(),
                lines,
                result.notes());
        NoPayment noPayment = result.noPayment();
        if (noPayment != null) {
            api.shikyuNashiRiyu(new ShikyuNashiRiyu(noPayment.reason(), noPayment.source()));
        }
        IncomeTest test = result.incomeTest();
        if (test != null) {
            api.shotokuSeigen(new ShotokuSeigen(test.income(), test.dependants(), test.limit(), test.source())
                    .jogenGendogaku(test.upperLimit()));
        }
        return api;
    }
}
