package jp.kikan.childallowance.internal;

import java.util.List;
import java.util.UUID;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.benefit.contract.EntitlementRequests;
import jp.kikan.benefit.contract.model.Revision;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.web.api.EntitlementsApi;
import jp.kikan.childallowance.web.model.ClaimRequest;
import jp.kikan.childallowance.web.model.DecisionRequest;
import jp.kikan.childallowance.web.model.Entitlement;
import jp.kikan.childallowance.web.model.ExtinctionRequest;
import jp.kikan.childallowance.web.model.Jotai;
import jp.kikan.childallowance.web.model.KangoKubun;
import jp.kikan.childallowance.web.model.MonthlyAmount;
import jp.kikan.childallowance.web.model.OfferRequest;
import jp.kikan.childallowance.web.model.ProposalDecisionRequest;
import jp.kikan.childallowance.web.model.RevisionRequest;
import jp.kikan.childallowance.web.model.StatusReportRequest;
import jp.kikan.childallowance.web.model.UnpaidClaimRequest;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * 受給資格 of 児童手当: 認定請求 to 消滅, each answer with the 受給資格's ETag. The controller turns the API's types into
 * the processes' commands (dates parsed here, with the field named) and the aggregate back into the API's view.
 */
@RestController
class ChildAllowanceEntitlementController implements EntitlementsApi {

    /** The field a refusal names when a change needs a granted 受給資格. */
    private static final String GRANTED = "entitlementId";

    private final EntitlementLifecycle<
                    jp.kikan.childallowance.internal.Entitlement,
                    EntitlementChild,
                    jp.kikan.childallowance.internal.Revision>
            lifecycle;
    private final Claims claims;
    private final Decisions decisions;
    private final ChildChecks children;
    private final UnpaidClaims unpaidClaims;
    private final Offers offers;
    private final StatusReports statusReports;
    private final AmountQueries amounts;

    ChildAllowanceEntitlementController(
            EntitlementLifecycle<
                            jp.kikan.childallowance.internal.Entitlement,
                            EntitlementChild,
                            jp.kikan.childallowance.internal.Revision>
                    lifecycle,
            Claims claims,
            Decisions decisions,
            ChildChecks children,
            UnpaidClaims unpaidClaims,
            Offers offers,
            StatusReports statusReports,
            AmountQueries amounts) {
        this.lifecycle = lifecycle;
        this.claims = claims;
        this.decisions = decisions;
        this.children = children;
        this.unpaidClaims = unpaidClaims;
        this.offers = offers;
        this.statusReports = statusReports;
        this.amounts = amounts;
    }

    @Override
    public ResponseEntity<Entitlement> claimChildAllowance(
            String tenantCode, String idempotencyKey, ClaimRequest request) {
        Claims.Claim claim = new Claims.Claim(
                RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd()),
                request.getJukyushaAtenabango(),
                request.getJido().stream()
                        .map(c -> new Claims.ClaimedChild(
                                c.getAtenabango(), care(c.getKangoKubun()), Boolean.TRUE.equals(c.getKakunin())))
                        .toList(),
                request.getGenkyoTodokeJiyu() == null
                        ? null
                        : request.getGenkyoTodokeJiyu().name(),
                request.getShotokugaku(),
                request.getFuyoShinzokutoSu(),
                request.getRojinFuyoShinzokutoSu());
        return answer(HttpStatus.CREATED, claims.claim(claim));
    }

    @Override
    public ResponseEntity<List<Entitlement>> searchChildAllowanceEntitlements(
            String tenantCode, @Nullable String atenabango, @Nullable Jotai jotai, Integer size) {
        Phase phase = EntitlementRequests.phase(jp.kikan.childallowance.internal.Entitlement.CODES, jotai);
        return ResponseEntity.ok(lifecycle.search(atenabango, phase, size).stream()
                .map(EntitlementViews::of)
                .toList());
    }

    @Override
    public ResponseEntity<Entitlement> getChildAllowanceEntitlement(String tenantCode, UUID entitlementId) {
        return answer(HttpStatus.OK, lifecycle.get(entitlementId));
    }

    @Override
    public ResponseEntity<MonthlyAmount> getChildAllowanceMonthlyAmount(
            String tenantCode, UUID entitlementId, String taishoYm) {
        EntitlementLifecycle.MonthRead<MonthAmount> view =
                lifecycle.amount(entitlementId, RequestDates.month("taishoYm", taishoYm), amounts::of);
        return ResponseEntity.ok(EntitlementViews.amount(view.amount(), view.inPeriod()));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            DecisionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.Decision decision = EntitlementRequests.decision(
                request.getKekka() == DecisionRequest.KekkaEnum.NINTEI,
                request.getKetteiymd(),
                request.getKyakkaRiyu());
        return answer(HttpStatus.OK, decisions.decide(entitlementId, decision, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reviseChildAllowance(
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
        EntitlementLifecycle.ChildEntry<jp.kikan.childallowance.internal.Entitlement, EntitlementChild> entry =
                children.entry(care(request.getKangoKubun()), Boolean.TRUE.equals(request.getKakunin()));
        return answer(HttpStatus.CREATED, lifecycle.revise(entitlementId, change, ifMatch, GRANTED, entry));
    }

    @Override
    public ResponseEntity<Entitlement> decideChildAllowanceRevisionProposal(
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
        EntitlementLifecycle.ChildEntry<jp.kikan.childallowance.internal.Entitlement, EntitlementChild> entry =
                children.entry(care(request.getKangoKubun()), false);
        return answer(HttpStatus.OK, lifecycle.answer(entitlementId, revisionId, answer, ifMatch, GRANTED, entry));
    }

    @Override
    public ResponseEntity<List<Revision>> listChildAllowanceRevisionProposals(String tenantCode, Integer size) {
        return ResponseEntity.ok(BenefitViews.proposals(lifecycle.proposals(size)));
    }

    @Override
    public ResponseEntity<Entitlement> extinguishChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            ExtinctionRequest request,
            @Nullable String ifMatch) {
        EntitlementLifecycle.Ending ending =
                EntitlementRequests.ending(request.getJiyu().name(), request.getJiyuYmd(), request.getBiko());
        return answer(HttpStatus.OK, lifecycle.endOnRequest(entitlementId, ending, ifMatch, GRANTED));
    }

    @Override
    public ResponseEntity<Entitlement> claimUnpaidChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            UnpaidClaimRequest request,
            @Nullable String ifMatch) {
        return answer(
                HttpStatus.OK,
                unpaidClaims.claim(
                        entitlementId,
                        request.getSeikyushaAtenabango(),
                        RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd()),
                        ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> offerFromChildAllowance(
            String tenantCode,
            UUID entitlementId,
            String idempotencyKey,
            OfferRequest request,
            @Nullable String ifMatch) {
        Offers.OfferRequest offer = new Offers.OfferRequest(
                request.getKubun() == OfferRequest.KubunEnum.KIFU,
                RequestDates.notFuture("moshide_ymd", request.getMoshideYmd()),
                RequestDates.month("kaishi_ym", request.getKaishiYm()),
                RequestDates.optionalMonth("shuryo_ym", request.getShuryoYm()),
                request.getGetsugaku(),
                request.getJidoAtenabango(),
                request.getHiyo());
        return answer(HttpStatus.CREATED, offers.offer(entitlementId, offer, ifMatch));
    }

    @Override
    public ResponseEntity<Entitlement> reportChildAllowanceStatus(
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
                        request.getBiko(),
                        ifMatch));
    }

    static Child.Care care(@Nullable KangoKubun kubun) {
        return kubun == KangoKubun.TASHI_SANTEI_NOMI ? Child.Care.COUNTED_FOR_RANK_ONLY : Child.Care.SUPPORTED;
    }

    private static ResponseEntity<Entitlement> answer(
            HttpStatus status, jp.kikan.childallowance.internal.Entitlement entitlement) {
        return EntitlementRequests.answer(status, entitlement, EntitlementViews::of);
    }
}
