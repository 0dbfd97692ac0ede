package jp.kikan.childallowance.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.benefit.LedgerRun;
import jp.kikan.benefit.PaymentRuns;
import jp.kikan.childallowance.web.api.PaymentsApi;
import jp.kikan.childallowance.web.model.Address;
import jp.kikan.childallowance.web.model.Deduction;
import jp.kikan.childallowance.web.model.Hold;
import jp.kikan.childallowance.web.model.Overpayment;
import jp.kikan.childallowance.web.model.PaidMonth;
import jp.kikan.childallowance.web.model.Payment;
import jp.kikan.childallowance.web.model.PaymentNotice;
import jp.kikan.childallowance.web.model.PaymentRun;
import jp.kikan.childallowance.web.model.PaymentRunRequest;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.residentregistry.ResidentAddress;
import org.springframework.http.HttpStatus;
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
        PaymentRuns.Outcome outcome = runs.run(law, RequestDates.month("shiharai_ym", request.getShiharaiYm()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(run(outcome.run()));
    }

    @Override
    public ResponseEntity<List<PaymentRun>> getChildAllowancePaymentRuns(String tenantCode, String shiharaiYm) {
        return ResponseEntity.ok(runs.runs(law, RequestDates.month("shiharaiYm", shiharaiYm)).stream()
                .map(ChildAllowancePaymentController::run)
                .toList());
    }

    @Override
    public ResponseEntity<List<PaymentNotice>> getChildAllowancePaymentNotices(String tenantCode, String shiharaiYm) {
        List<PaymentNotice> out = new ArrayList<>();
        for (PaymentRuns.Notice n : runs.notices(law, RequestDates.month("shiharaiYm", shiharaiYm))) {
            LedgerRun.Payment p = n.payment();
            PaymentNotice notice = new PaymentNotice(
                    n.run().month().toString(),
                    n.run().kaisu(),
                    p.payee(),
                    n.payee().shimei(),
                    n.payee().restricted(),
                    p.recipient(),
                    months(p),
                    p.gross(),
                    deductions(p),
                    p.net());
            ResidentAddress address = n.payee().address();
            if (!n.payee().restricted() && address != null) {
                notice.jusho(address(address));
            }
            out.add(notice);
        }
        return ResponseEntity.ok(out);
    }

    static PaymentRun run(LedgerRun run) {
        List<Payment> list = run.payments().stream()
                .map(p -> new Payment(
                        p.entitlement(),
                        p.recipient(),
                        p.payee(),
                        Payment.ShiharaiKubunEnum.valueOf(p.kind()),
                        months(p),
                        p.gross(),
                        deductions(p),
                        p.deducted(),
                        p.net()))
                .toList();
        return new PaymentRun(
                run.id(),
                run.month().toString(),
                run.kaisu(),
                run.at().atOffset(ZoneOffset.UTC),
                list.size(),
                run.total(),
                list,
                run.holds().stream()
                        .map(x -> new Hold(
                                x.entitlement(),
                                x.recipient(),
                                x.month().toString(),
                                Hold.RiyuEnum.valueOf(x.kind()),
                                x.amount()))
                        .toList(),
                run.overpaid().stream()
                        .map(x -> new Overpayment(
                                x.entitlement(), x.recipient(), x.month().toString(), x.amount()))
                        .toList());
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

    private static Address address(ResidentAddress a) {
        return new Address()
                .jushoShikuchosonkodo(a.shikuchosonkodo())
                .jushoChoazakodo(a.choazakodo())
                .jushoTodofuken(a.todofuken())
                .jushoShikugunchosonmei(a.shikugunchosonmei())
                .jushoChoaza(a.choaza())
                .jushoBanchigohyoki(a.banchigohyoki())
                .jushoKatagaki(a.katagaki());
    }
}
