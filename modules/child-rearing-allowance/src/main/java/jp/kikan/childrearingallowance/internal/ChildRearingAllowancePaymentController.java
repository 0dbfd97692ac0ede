package jp.kikan.childrearingallowance.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

/** 支払処理 of 児童扶養手当 and the 支払通知書 data. */
@RestController
class ChildRearingAllowancePaymentController implements PaymentsApi {

    private final PaymentRunService payments;

    ChildRearingAllowancePaymentController(PaymentRunService payments) {
        this.payments = payments;
    }

    @Override
    public ResponseEntity<PaymentRun> runChildRearingAllowancePayments(
            String tenantCode, String idempotencyKey, PaymentRunRequest request) {
        PaymentRunService.RunResult result = payments.run(RequestDates.month("shiharai_ym", request.getShiharaiYm()));
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(run(result.run()));
    }

    @Override
    public ResponseEntity<List<PaymentRun>> getChildRearingAllowancePaymentRuns(String tenantCode, String shiharaiYm) {
        return ResponseEntity.ok(payments.runs(RequestDates.month("shiharaiYm", shiharaiYm)).stream()
                .map(ChildRearingAllowancePaymentController::run)
                .toList());
    }

    @Override
    public ResponseEntity<List<PaymentNotice>> getChildRearingAllowancePaymentNotices(
            String tenantCode, String shiharaiYm) {
        List<PaymentNotice> out = new ArrayList<>();
        for (PaymentRunService.Notice n : payments.notices(RequestDates.month("shiharaiYm", shiharaiYm))) {
            PaymentRunService.PaymentView p = n.payment();
            PaymentNotice notice = new PaymentNotice(
                    n.run().month().toString(),
                    n.run().kaisu(),
                    p.recipient(),
                    n.payee().shimei(),
                    n.payee().restricted(),
                    months(p),
                    p.gross());
            ResidentAddress address = n.payee().address();
            if (!n.payee().restricted() && address != null) {
                notice.jusho(new Address()
                        .jushoShikuchosonkodo(address.shikuchosonkodo())
                        .jushoChoazakodo(address.choazakodo())
                        .jushoTodofuken(address.todofuken())
                        .jushoShikugunchosonmei(address.shikugunchosonmei())
                        .jushoChoaza(address.choaza())
                        .jushoBanchigohyoki(address.banchigohyoki())
                        .jushoKatagaki(address.katagaki()));
            }
            out.add(notice);
        }
        return ResponseEntity.ok(out);
    }

    static PaymentRun run(PaymentRunService.RunView run) {
        List<Payment> list = run.payments().stream()
                .map(p -> new Payment(p.entitlement(), p.recipient(), months(p), p.gross()))
                .toList();
        List<Hold> holds = run.exceptions().stream()
                .filter(x -> !x.kind().equals("KABARAI"))
                .map(x ->
                        new Hold(x.entitlement(), x.recipient(), x.month().toString(), Hold.RiyuEnum.valueOf(x.kind())))
                .toList();
        List<Overpayment> overpaid = run.exceptions().stream()
                .filter(x -> x.kind().equals("KABARAI"))
                .map(x -> new Overpayment(
                        x.entitlement(), x.recipient(), x.month().toString(), x.amount()))
                .toList();
        return new PaymentRun(
                run.id(),
                run.month().toString(),
                run.kaisu(),
                run.at().atOffset(ZoneOffset.UTC),
                list.size(),
                run.payments().stream()
                        .mapToLong(PaymentRunService.PaymentView::gross)
                        .sum(),
                list,
                holds,
                overpaid);
    }

    private static List<PaidMonth> months(PaymentRunService.PaymentView p) {
        return p.months().stream()
                .map(m -> new PaidMonth(
                        m.month().toString(),
                        m.due(),
                        m.amount(),
                        PaidMonth.KubunEnum.valueOf(m.kind()),
                        PaidMonth.ShikyuKubunEnum.valueOf(m.decision())))
                .toList();
    }
}
