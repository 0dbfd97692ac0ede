package jp.kikan.childrearingallowance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.benefit.contract.EntitlementRequests;
import jp.kikan.benefit.contract.model.Revision;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.childrearingallowance.domain.DisabilityState;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.childrearingallowance.domain.Recipient;
import jp.kikan.childrearingallowance.web.api.EntitlementsApi;
import jp.kikan.childrearingallowance.web.model.AgeLimitRequest;
import jp.kikan.childrearingallowance.web.model.ClaimRequest;
import jp.kikan.childrearingallowance.web.model.DecisionRequest;
import jp.kikan.childrearingallowance.web.model.Entitlement;
import jp.kikan.childrearingallowance.web.model.Jotai;
import jp.kikan.childrearingallowance.web.model.LossRequest;
import jp.kikan.childrearingallowance.web.model.MonthlyAmount;
import jp.kikan.childrearingallowance.web.model.ProposalDecisionRequest;
import jp.kikan.childrearingallowance.web.model.RevisionRequest;
import jp.kikan.childrearingallowance.web.model.StatusReportRequest;
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
    private final RequirementCodec requirements;
    private final Proposals proposals;

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
            IncomeCodec incomes,
            RequirementCodec requirements,
            Proposals proposals) {
        this.lifecycle = lifecycle;
        this.claims = claims;
        this.decisions = decisions;
        this.statusReports = statusReports;
        this.children = children;
        this.amounts = amounts;
        this.incomes = incomes;
        this.requirements = requirements;
        this.proposals = proposals;
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
        List<DisabilityState> disabilities = new ArrayList<>();
        for (int i = 0; i < request.getJido().size(); i++) {
            disabilities.add(RequirementCodec.disability(
                    "jido[" + i + "].shogai", request.getJido().get(i).getShogai()));
        }
        Claims.Claim claim = new Claims.Claim(
                RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd()),
                request.getJukyushaAtenabango(),
                kind,
                request.getJido().stream().map(c -> c.getAtenabango()).toList(),
                incomes.given(request.getShotoku(), "shotoku"),
                disabilities,
                requirements.given(request.getShikyuYoken(), request.getJogaiJiyu()));
        return answer(HttpStatus.CREATED, claims.claim(claim));
    }

    @Override
    public ResponseEntity<List<Entitlement>> searchChildRearingAllowanceEntitlements(
            String tenantCode, @Nullable String atenabango, @Nullable Jotai jotai, Integer size) {
        Phase phase = EntitlementRequests.phase(jp.kikan.childrearingallowance.internal.Entitlement.CODES, jotai);
        return ResponseEntity.ok(lifecycle.search(atenabango, phase, size).stream()
                .map(e -> EntitlementViews.of(e, incomes, requirements))
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> getChildRearingAllowanceEntitlement(String tenantCode, UUID entitlementId) {
        return answer(HttpStatus.OK, lifecycle.get(entitlementId));
    }

    @Override
    public ResponseEntity<MonthlyAmount> getChildRearingAllowanceMonthlyAmount(
            String tenantCode, UUID entitlementId, String taishoYm) {
        EntitlementLifecycle.MonthRead<MonthAmount> view =
                lifecycle.amount(entitlementId, RequestDates.month("taishoYm", taishoYm), amounts::of);
        return ResponseEntity.ok(EntitlementViews.amount(view.amount(), view.inPeriod()));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            DecisionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.Decision decision = EntitlementRequests.decision(
                request.getKekka() != DecisionRequest.KekkaEnum.KYAKKA,
                request.getKetteiymd(),
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
        EntitlementLifecycle.Change change = EntitlementRequests.change(
                request.getKubun() == RevisionRequest.KubunEnum.ZOGAKU,
                request.getJiyu().name(),
                request.getJiyuYmd(),
                request.getJidoAtenabango(),
                request.getSeikyuYmd());
        DisabilityState disability = RequirementCodec.disability("shogai", request.getShogai());
        return answer(
                HttpStatus.CREATED,
                lifecycle.revise(entitlementId, change, ifMatch, "kubun", children.with(disability)));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildRearingAllowanceRevisionProposal(
            String tenantCode,
            UUID entitlementId,
            UUID revisionId,
            String idempotencyKey,
            ProposalDecisionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.ProposalAnswer answer = EntitlementRequests.proposalAnswer(
                request.getKekka() == ProposalDecisionRequest.KekkaEnum.TORISAGE,
                request.getRiyu(),
                request.getSeikyuYmd());
        return answer(HttpStatus.OK, lifecycle.answer(entitlementId, revisionId, answer, ifMatch, "kekka", children));
    }

    @Override
    public ResponseEntity<List<Revision>> proposeChildRearingAllowanceAgeLimits(
            String tenantCode, String idempotencyKey, AgeLimitRequest request) {
        return ResponseEntity.ok(proposals.ageLimits(RequestDates.month("taisho_ym", request.getTaishoYm())).stream()
                .flatMap(m ->
                        BenefitViews.revisions(
                                List.of(m.revision()),
                                m.entitlement().id(),
                                m.entitlement().recipient())
                                .stream())
                .toList());
    }

    @Override
    public ResponseEntity<List<Revision>> listChildRearingAllowanceRevisionProposals(String tenantCode, Integer size) {
        return ResponseEntity.ok(BenefitViews.proposals(lifecycle.proposals(size)));
    }

    @Override
    public ResponseEntity<Entitlement> loseChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            LossRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.Ending ending =
                EntitlementRequests.ending(request.getJiyu().name(), request.getJiyuYmd(), request.getBiko());
        return answer(HttpStatus.OK, lifecycle.endOnRequest(entitlementId, ending, ifMatch, "jiyu"));
    }

    private ResponseEntity<Entitlement> answer(
            HttpStatus status, jp.kikan.childrearingallowance.internal.Entitlement entitlement) {
        return EntitlementRequests.answer(status, entitlement, e -> EntitlementViews.of(e, incomes, requirements));
    }
}
