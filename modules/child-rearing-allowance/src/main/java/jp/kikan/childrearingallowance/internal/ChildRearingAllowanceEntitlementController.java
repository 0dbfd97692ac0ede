package jp.kikan.childrearingallowance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.childrearingallowance.domain.Recipient;
import jp.kikan.childrearingallowance.web.api.EntitlementsApi;
import jp.kikan.childrearingallowance.web.model.ClaimRequest;
import jp.kikan.childrearingallowance.web.model.DecisionRequest;
import jp.kikan.childrearingallowance.web.model.Entitlement;
import jp.kikan.childrearingallowance.web.model.Jotai;
import jp.kikan.childrearingallowance.web.model.LossRequest;
import jp.kikan.childrearingallowance.web.model.MonthlyAmount;
import jp.kikan.childrearingallowance.web.model.ProposalDecisionRequest;
import jp.kikan.childrearingallowance.web.model.Revision;
import jp.kikan.childrearingallowance.web.model.RevisionRequest;
import jp.kikan.childrearingallowance.web.model.StatusReportRequest;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 受給資格 of 児童扶養手当: 認定請求 to 資格喪失, each answer with the 受給資格's ETag. The controller turns the API's types
 * into the processes' commands (dates and 所得 read here, with the field named) and the aggregate back into the view.
 */
@RestController
class ChildRearingAllowanceEntitlementController implements EntitlementsApi {

    private final EntitlementLifecycle<
                    jp.kikan.childrearingallowance.internal.Entitlement,
                    EntitlementChild,
                    jp.kikan.childrearingallowance.internal.Revision>
            lifecycle;
    private final Claims claims;
    private final Decisions decisions;
    private final StatusReports statusReports;
    private final ChildChecks children;
    private final AmountQueries amounts;
    private final IncomeCodec incomes;

    ChildRearingAllowanceEntitlementController(
            EntitlementLifecycle<
                            jp.kikan.childrearingallowance.internal.Entitlement,
                            EntitlementChild,
                            jp.kikan.childrearingallowance.internal.Revision>
                    lifecycle,
            Claims claims,
            Decisions decisions,
            StatusReports statusReports,
            ChildChecks children,
            AmountQueries amounts,
            IncomeCodec incomes) {
        this.lifecycle = lifecycle;
        this.claims = claims;
        this.decisions = decisions;
        this.statusReports = statusReports;
        this.children = children;
        this.amounts = amounts;
        this.incomes = incomes;
    }

    @Override
    public ResponseEntity<Entitlement> claimChildRearingAllowance(
            String tenantCode, String idempotencyKey, ClaimRequest request) {
        Recipient kind =
                switch (request.getJukyushaKubun()) {
                    case HAHA -> Recipient.MOTHER;
                    case CHICHI -> Recipient.FATHER;
                    case YOIKUSHA -> Recipient.FOSTER;
                };
        Claims.Claim claim = new Claims.Claim(
                RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd()),
                request.getJukyushaAtenabango(),
                kind,
                request.getJido().stream().map(c -> c.getAtenabango()).toList(),
                incomes.given(request.getShotoku(), "shotoku"));
        return answer(HttpStatus.CREATED, claims.claim(claim));
    }

    @Override
    public ResponseEntity<List<Entitlement>> searchChildRearingAllowanceEntitlements(
            String tenantCode, @Nullable String atenabango, @Nullable Jotai jotai, Integer size) {
        Phase phase = jotai == null
                ? null
                : jp.kikan.childrearingallowance.internal.Entitlement.CODES.convertToEntityAttribute(jotai.name());
        return ResponseEntity.ok(lifecycle.search(atenabango, phase, size).stream()
                .map(e -> EntitlementViews.of(e, incomes))
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> getChildRearingAllowanceEntitlement(String tenantCode, UUID entitlementId) {
        return answer(HttpStatus.OK, lifecycle.get(entitlementId));
    }

    @Override
    public ResponseEntity<MonthlyAmount> getChildRearingAllowanceMonthlyAmount(
            String tenantCode, UUID entitlementId, String taishoYm) {
        AmountQueries.MonthlyView view = amounts.amount(entitlementId, RequestDates.month("taishoYm", taishoYm));
        return ResponseEntity.ok(EntitlementViews.amount(view.amount(), view.inPeriod()));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            DecisionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.Decision decision = new EntitlementLifecycle.Decision(
                request.getKekka() != DecisionRequest.KekkaEnum.KYAKKA,
                RequestDates.notFuture("ketteiymd", request.getKetteiymd()),
                request.getKyakkaRiyu());
        return answer(
                HttpStatus.OK,
                decisions.decide(entitlementId, decision, incomes.given(request.getShotoku(), "shotoku"), ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reportChildRearingAllowanceStatus(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            StatusReportRequest request,
            @Nullable String ifMatch) {
        return answer(
                HttpStatus.CREATED,
                statusReports.report(
                        entitlementId,
                        request.getNendo(),
                        RequestDates.notFuture("teishutsu_ymd", request.getTeishutsuYmd()),
                        incomes.given(request.getShotoku(), "shotoku"),
                        ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reviseChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            RevisionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.Change change = new EntitlementLifecycle.Change(
                request.getKubun() == RevisionRequest.KubunEnum.ZOGAKU
                        ? RevisionRecord.Kind.ZOGAKU
                        : RevisionRecord.Kind.GENGAKU,
                request.getJiyu().name(),
                RequestDates.notFuture("jiyu_ymd", request.getJiyuYmd()),
                request.getJidoAtenabango(),
                optionalPast("seikyu_ymd", request.getSeikyuYmd()));
        return answer(HttpStatus.CREATED, lifecycle.revise(entitlementId, change, ifMatch, "kubun", children));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildRearingAllowanceRevisionProposal(
            String tenantCode,
            UUID entitlementId,
            UUID revisionId,
            String idempotencyKey,
            ProposalDecisionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.ProposalAnswer answer = new EntitlementLifecycle.ProposalAnswer(
                request.getKekka() == ProposalDecisionRequest.KekkaEnum.TORISAGE,
                request.getRiyu(),
                optionalPast("seikyu_ymd", request.getSeikyuYmd()));
        return answer(HttpStatus.OK, lifecycle.answer(entitlementId, revisionId, answer, ifMatch, "kekka", children));
    }

    @Override
    public ResponseEntity<List<Revision>> listChildRearingAllowanceRevisionProposals(String tenantCode, Integer size) {
        return ResponseEntity.ok(lifecycle.proposals(size).stream()
                .map(p -> EntitlementViews.revision(
                        p.revision(), Objects.requireNonNull(p.revision().entitlementId()), p.recipient()))
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> loseChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            LossRequest request,
            @Nullable String ifMatch) {
        return answer(
                HttpStatus.OK,
                lifecycle.endOnRequest(
                        entitlementId,
                        request.getJiyu().name(),
                        RequestDates.notFuture("jiyu_ymd", request.getJiyuYmd()),
                        request.getBiko(),
                        ifMatch,
                        "jiyu"));
    }

    private static @Nullable LocalDate optionalPast(String field, @Nullable String text) {
        return text == null ? null : RequestDates.notFuture(field, text);
    }

    private ResponseEntity<Entitlement> answer(
            HttpStatus status, jp.kikan.childrearingallowance.internal.Entitlement entitlement) {
        return ResponseEntity.status(status)
                .eTag(EntityTags.of(entitlement.version()))
                .body(EntitlementViews.of(entitlement, incomes));
    }
}
