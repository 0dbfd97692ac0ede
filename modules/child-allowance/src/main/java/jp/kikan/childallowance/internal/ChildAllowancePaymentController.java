package jp.kikan.childallowance.internal;

import java.util.List;
import jp.kikan.benefit.LedgerRun;
import jp.kikan.benefit.PaymentRuns;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.benefit.contract.model.PaymentRunRequest;
import jp.kikan.childallowance.web.api.PaymentsApi;
import jp.kikan.childallowance.web.model.Deduction;
import jp.kikan.childallowance.web.model.Hold;
import jp.kikan.childallowance.web.model.PaidMonth;
import jp.kikan.childallowance.web.model.Payment;
import jp.kikan.childallowance.web.model.PaymentNotice;
import jp.kikan.childallowance.web.model.PaymentRun;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** 支払処理 of 児童手当 and the 支払通知書 data: the benefit module's runs of {@link ChildAllowancePayments}, in this API. */
@RestController
class ChildAllowancePaymentController implements PaymentsApi {

    private final PaymentRuns runs;
    private final ChildAllowancePayments law;

    ChildAllowancePaymentController(PaymentRuns runs, ChildAllowancePayments law) {
        this.runs = runs;
        this.law = law;
    }

    @Override
    public ResponseEntity<PaymentRun> runChildAllowancePayments(
            String tenantCode, String idempotencyKey, PaymentRunRequest request) {
        return BenefitViews.run(runs, law, request, ChildAllowancePaymentController::run);
    }

    @Override
    public ResponseEntity<List<PaymentRun>> getChildAllowancePaymentRuns(String tenantCode, String shiharaiYm) {
        return BenefitViews.runs(runs, law, shiharaiYm, ChildAllowancePaymentController::run);
    }

    @Override
    public ResponseEntity<List<PaymentNotice>> getChildAllowancePaymentNotices(String tenantCode, String shiharaiYm) {
        return BenefitViews.notices(runs, law, shiharaiYm, ChildAllowancePaymentController::notice);
    }

    /** 児童手当支払通知書: each month paid with its 控除 (寄附, 学校給食費等) and what is paid after them. */
    private static PaymentNotice notice(PaymentRuns.Notice n) {
        LedgerRun.Payment p = n.payment();
        return new PaymentNotice(
                        n.run().month().toString(),
                        n.run().kaisu(),
                        p.payee(),
                        n.payee().shimei(),
                        n.payee().restricted(),
                        p.recipient(),
                        months(p),
                        p.gross(),
                        deductions(p),
                        p.net())
                .jusho(BenefitViews.address(n));
    }

    static PaymentRun run(LedgerRun run) {
        return BenefitViews.run(
                run,
                p -> new Payment(
                        p.entitlement(),
                        p.recipient(),
                        p.payee(),
                        Payment.ShiharaiKubunEnum.valueOf(p.kind()),
                        months(p),
                        p.gross(),
                        deductions(p),
                        p.deducted(),
                        p.net()),
                x -> new Hold(
                        x.entitlement(),
                        x.recipient(),
                        x.month().toString(),
                        Hold.RiyuEnum.valueOf(x.kind()),
                        x.amount()),
                PaymentRun::new);
    }

    private static List<PaidMonth> months(LedgerRun.Payment p) {
        return p.months().stream()
                .map(m ->
                        new PaidMonth(m.month().toString(), m.due(), m.amount(), PaidMonth.KubunEnum.valueOf(m.kind())))
                .toList();
    }

    private static List<Deduction> deductions(LedgerRun.Payment p) {
        return p.deductions().stream()
                .map(d -> new Deduction(
                        Deduction.KubunEnum.valueOf(d.kind()), d.month().toString(), d.amount()))
                .toList();
    }
}
