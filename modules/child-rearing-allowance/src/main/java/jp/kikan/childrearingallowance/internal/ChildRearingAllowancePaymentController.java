package jp.kikan.childrearingallowance.internal;

import java.util.List;
import jp.kikan.benefit.LedgerRun;
import jp.kikan.benefit.PaymentRuns;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.benefit.contract.model.PaymentRunRequest;
import jp.kikan.childrearingallowance.web.api.PaymentsApi;
import jp.kikan.childrearingallowance.web.model.Hold;
import jp.kikan.childrearingallowance.web.model.PaidMonth;
import jp.kikan.childrearingallowance.web.model.Payment;
import jp.kikan.childrearingallowance.web.model.PaymentNotice;
import jp.kikan.childrearingallowance.web.model.PaymentRun;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 支払処理 of 児童扶養手当 and the 支払通知書 data: the benefit module's runs of {@link ChildRearingAllowancePayments}, in
 * this API (a payment goes to the 受給者, each month with its 全部支給 or 一部支給).
 */
@RestController
class ChildRearingAllowancePaymentController implements PaymentsApi {

    private final PaymentRuns runs;
    private final ChildRearingAllowancePayments law;

    ChildRearingAllowancePaymentController(PaymentRuns runs, ChildRearingAllowancePayments law) {
        this.runs = runs;
        this.law = law;
    }

    @Override
    public ResponseEntity<PaymentRun> runChildRearingAllowancePayments(
            String tenantCode, String idempotencyKey, PaymentRunRequest request) {
        return BenefitViews.run(runs, law, request, ChildRearingAllowancePaymentController::run);
    }

    @Override
    public ResponseEntity<List<PaymentRun>> getChildRearingAllowancePaymentRuns(String tenantCode, String shiharaiYm) {
        return BenefitViews.runs(runs, law, shiharaiYm, ChildRearingAllowancePaymentController::run);
    }

    @Override
    public ResponseEntity<List<PaymentNotice>> getChildRearingAllowancePaymentNotices(
            String tenantCode, String shiharaiYm) {
        return BenefitViews.notices(runs, law, shiharaiYm, ChildRearingAllowancePaymentController::notice);
    }

    /** 児童扶養手当支払通知書: paid to the 受給者, each month with its 全部支給 or 一部支給 (no 控除 under this law). */
    private static PaymentNotice notice(PaymentRuns.Notice n) {
        return new PaymentNotice(
                        n.run().month().toString(),
                        n.run().kaisu(),
                        n.payment().recipient(),
                        n.payee().shimei(),
                        n.payee().restricted(),
                        months(n.payment()),
                        n.payment().gross())
                .jusho(BenefitViews.address(n));
    }

    private static PaymentRun run(LedgerRun run) {
        return BenefitViews.run(
                run,
                p -> new Payment(p.entitlement(), p.recipient(), months(p), p.gross()),
                x -> new Hold(x.entitlement(), x.recipient(), x.month().toString(), Hold.RiyuEnum.valueOf(x.kind())),
                PaymentRun::new);
    }

    private static List<PaidMonth> months(LedgerRun.Payment p) {
        return p.months().stream()
                .map(m -> new PaidMonth(
                        m.month().toString(),
                        m.due(),
                        m.amount(),
                        PaidMonth.KubunEnum.valueOf(m.kind()),
                        PaidMonth.ShikyuKubunEnum.valueOf(String.valueOf(m.decision()))))
                .toList();
    }
}
