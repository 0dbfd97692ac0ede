package jp.kikan.childrearingallowance.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.benefit.LedgerRun;
import jp.kikan.benefit.PaymentRuns;
import jp.kikan.childrearingallowance.web.api.PaymentsApi;
import jp.kikan.childrearingallowance.web.model.Address;
import jp.kikan.childrearingallowance.web.model.Hold;
import jp.kikan.childrearingallowance.web.model.Overpayment;
import jp.kikan.childrearingallowance.web.model.PaidMonth;
import jp.kikan.childrearingallowance.web.model.Payment;
import jp.kikan.childrearingallowance.web.model.PaymentNotice;
import jp.kikan.childrearingallowance.web.model.PaymentRun;
import jp.kikan.childrearingallowance.web.model.PaymentRunRequest;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.residentregistry.ResidentAddress;
import org.springframework.http.HttpStatus;
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
        PaymentRuns.Outcome outcome = runs.run(law, RequestDates.month("shiharai_ym", request.getShiharaiYm()));
        return new ResponseEntity<>(run(outcome.run()), outcome.created() ? HttpStatus.CREATED : HttpStatus.OK);
    }

    @Override
    public ResponseEntity<List<PaymentRun>> getChildRearingAllowancePaymentRuns(String tenantCode, String shiharaiYm) {
        List<PaymentRun> out = new ArrayList<>();
        runs.runs(law, RequestDates.month("shiharaiYm", shiharaiYm)).forEach(r -> out.add(run(r)));
        return ResponseEntity.ok(out);
    }

    @Override
    public ResponseEntity<List<PaymentNotice>> getChildRearingAllowancePaymentNotices(
            String tenantCode, String shiharaiYm) {
        List<PaymentNotice> out = new ArrayList<>();
        for (PaymentRuns.Notice n : runs.notices(law, RequestDates.month("shiharaiYm", shiharaiYm))) {
            PaymentNotice notice = new PaymentNotice(
                    n.run().month().toString(),
                    n.run().kaisu(),
                    n.payment().recipient(),
                    n.payee().shimei(),
                    n.payee().restricted(),
                    months(n.payment()),
                    n.payment().gross());
            ResidentAddress a = n.payee().address();
            if (a != null && !n.payee().restricted()) {
                notice.jusho(new Address()
                        .jushoShikuchosonkodo(a.shikuchosonkodo())
                        .jushoChoazakodo(a.choazakodo())
                        .jushoTodofuken(a.todofuken())
                        .jushoShikugunchosonmei(a.shikugunchosonmei())
                        .jushoChoaza(a.choaza())
                        .jushoBanchigohyoki(a.banchigohyoki())
                        .jushoKatagaki(a.katagaki()));
            }
            out.add(notice);
        }
        return ResponseEntity.ok(out);
    }

    private static PaymentRun run(LedgerRun run) {
        List<Payment> payments = new ArrayList<>();
        for (LedgerRun.Payment p : run.payments()) {
            payments.add(new Payment(p.entitlement(), p.recipient(), months(p), p.gross()));
        }
        List<Hold> holds = new ArrayList<>();
        for (LedgerRun.Listed x : run.holds()) {
            holds.add(new Hold(x.entitlement(), x.recipient(), x.month().toString(), Hold.RiyuEnum.valueOf(x.kind())));
        }
        List<Overpayment> overpaid = new ArrayList<>();
        for (LedgerRun.Listed x : run.overpaid()) {
            overpaid.add(
                    new Overpayment(x.entitlement(), x.recipient(), x.month().toString(), x.amount()));
        }
        return new PaymentRun(
                run.id(),
                run.month().toString(),
                run.kaisu(),
                run.at().atOffset(ZoneOffset.UTC),
                payments.size(),
                run.total(),
                payments,
                holds,
                overpaid);
    }

    private static List<PaidMonth> months(LedgerRun.Payment p) {
        List<PaidMonth> out = new ArrayList<>();
        for (LedgerRun.PaidMonth m : p.months()) {
            out.add(new PaidMonth(
                    m.month().toString(),
                    m.due(),
                    m.amount(),
                    PaidMonth.KubunEnum.valueOf(m.kind()),
                    PaidMonth.ShikyuKubunEnum.valueOf(String.valueOf(m.decision()))));
        }
        return out;
    }
}
