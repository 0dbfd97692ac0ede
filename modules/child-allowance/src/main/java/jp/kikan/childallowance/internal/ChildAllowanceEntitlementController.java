package jp.kikan.childallowance.internal;

import java.util.List;
import java.util.UUID;
import jp.kikan.childallowance.web.api.EntitlementsApi;
import jp.kikan.childallowance.web.model.ClaimRequest;
import jp.kikan.childallowance.web.model.DecisionRequest;
import jp.kikan.childallowance.web.model.Entitlement;
import jp.kikan.childallowance.web.model.ExtinctionRequest;
import jp.kikan.childallowance.web.model.Jotai;
import jp.kikan.childallowance.web.model.MonthlyAmount;
import jp.kikan.childallowance.web.model.OfferRequest;
import jp.kikan.childallowance.web.model.ProposalDecisionRequest;
import jp.kikan.childallowance.web.model.Revision;
import jp.kikan.childallowance.web.model.RevisionRequest;
import jp.kikan.childallowance.web.model.StatusReportRequest;
import jp.kikan.childallowance.web.model.UnpaidClaimRequest;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** 受給資格 of 児童手当: 認定請求 to 消滅, each answer with the 受給資格's ETag. */
@RestController
class ChildAllowanceEntitlementController implements EntitlementsApi {

    private final EntitlementService service;

    ChildAllowanceEntitlementController(EntitlementService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<Entitlement> claimChildAllowance(
            String tenantCode, String idempotencyKey, ClaimRequest request) {
        return answer(HttpStatus.CREATED, service.claim(request));
    }

    @Override
    public ResponseEntity<List<Entitlement>> searchChildAllowanceEntitlements(
            String tenantCode, @Nullable String atenabango, @Nullable Jotai jotai, Integer size) {
        return ResponseEntity.ok(service
                .search(
                        atenabango,
                        jotai == null
                                ? null
                                : jp.kikan.childallowance.internal.Entitlement.Status.valueOf(jotai.name()),
                        size)
                .stream()
                .map(EntitlementViews::of)
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> getChildAllowanceEntitlement(String tenantCode, UUID entitlementId) {
        return answer(HttpStatus.OK, service.get(entitlementId));
    }

    @Override
    public ResponseEntity<MonthlyAmount> getChildAllowanceMonthlyAmount(
            String tenantCode, UUID entitlementId, String taishoYm) {
        EntitlementService.MonthlyView view = service.amount(entitlementId, RequestDates.month("taishoYm", taishoYm));
        return ResponseEntity.ok(EntitlementViews.amount(view.amount(), view.inPeriod()));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            DecisionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.decide(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reviseChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            RevisionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.CREATED, service.revise(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildAllowanceRevisionProposal(
            String tenantCode,
            UUID entitlementId,
            UUID revisionId,
            String idempotencyKey,
            ProposalDecisionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.decideProposal(entitlementId, revisionId, request, ifMatch));
    }

    @Override
    public ResponseEntity<List<Revision>> listChildAllowanceRevisionProposals(String tenantCode, Integer size) {
        return ResponseEntity.ok(service.proposals(size).stream()
                .map(p -> EntitlementViews.revision(
                        p.revision(), java.util.Objects.requireNonNull(p.revision().entitlementId), p.recipient()))
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> extinguishChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            ExtinctionRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.extinguish(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> claimUnpaidChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            UnpaidClaimRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.OK, service.claimUnpaid(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> offerFromChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            OfferRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.CREATED, service.offer(entitlementId, request, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reportChildAllowanceStatus(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            StatusReportRequest request,
            @Nullable String ifMatch) {
        return answer(HttpStatus.CREATED, service.reportStatus(entitlementId, request, ifMatch));
    }

    private static ResponseEntity<Entitlement> answer(
            HttpStatus status, jp.kikan.childallowance.internal.Entitlement entitlement) {
        return ResponseEntity.status(status)
                .eTag(EntityTags.of(entitlement.version))
                .body(EntitlementViews.of(entitlement));
    }
}
