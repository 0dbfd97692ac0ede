package jp.kikan.childrearingallowance.internal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
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

/** 受給資格 of 児童扶養手当: 認定請求 to 資格喪失, each answer with the 受給資格's ETag. */
@RestController
class ChildRearingAllowanceEntitlementController implements EntitlementsApi {

    private final EntitlementService service;

    ChildRearingAllowanceEntitlementController(EntitlementService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<Entitlement> claimChildRearingAllowance(
            String tenantCode, String idempotencyKey, ClaimRequest request) {
        return answer(HttpStatus.CREATED, service.claim(request));
    }

    @Override
    public ResponseEntity<List<Entitlement>> searchChildRearingAllowanceEntitlements(
            String tenantCode, @Nullable String atenabango, @Nullable Jotai jotai, Integer size) {
        return ResponseEntity.ok(service
                .search(
                        atenabango,
                        jotai == null
                                ? null
                                : jp.kikan.childrearingallowance.internal.Entitlement.Status.valueOf(jotai.name()),
                        size)
                .stream()
                .map(e -> EntitlementViews.of(e, service))
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> getChildRearingAllowanceEntitlement(String tenantCode, UUID entitlementId) {
        return answer(HttpStatus.OK, service.get(entitlementId));
    }

    @Override
    public ResponseEntity<MonthlyAmount> getChildRearingAllowanceMonthlyAmount(
            String tenantCode, UUID entitlementId, String taishoYm) {
        EntitlementService.MonthlyView view = service.amount(entitlementId, RequestDates.month("taishoYm", taishoYm));
        return ResponseEntity.ok(EntitlementViews.amount(view.amount(), view.inPeriod()));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            DecisionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.decide(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reportChildRearingAllowanceStatus(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            StatusReportRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.CREATED, service.reportStatus(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reviseChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            RevisionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.CREATED, service.revise(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildRearingAllowanceRevisionProposal(
            String tenantCode,
            UUID entitlementId,
            UUID revisionId,
            String idempotencyKey,
            ProposalDecisionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.decideProposal(entitlementId, revisionId, request, ifMatch));
    }

    @Override
    public ResponseEntity<List<Revision>> listChildRearingAllowanceRevisionProposals(String tenantCode, Integer size) {
        return ResponseEntity.ok(service.proposals(size).stream()
                .map(p -> EntitlementViews.revision(
                        p.revision(), Objects.requireNonNull(p.revision().entitlementId), p.recipient()))
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> loseChildRearingAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            LossRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.lose(entitlementId, request, ifMatch));
    }

    private ResponseEntity<Entitlement> answer(
            HttpStatus status, jp.kikan.childrearingallowance.internal.Entitlement entitlement) {
        return ResponseEntity.status(status)
                .eTag(EntityTags.of(entitlement.version))
                .body(EntitlementViews.of(entitlement, service));
    }
}
