package jp.kikan.childallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.EffectiveMonth;
import jp.kikan.childallowance.domain.EffectiveMonths;
import jp.kikan.childallowance.domain.InvalidInput;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.childallowance.domain.Occurrence;
import jp.kikan.childallowance.events.ChildAllowanceEnded;
import jp.kikan.childallowance.events.ChildAllowanceGranted;
import jp.kikan.childallowance.events.ChildAllowanceRevised;
import jp.kikan.childallowance.web.model.ClaimChild;
import jp.kikan.childallowance.web.model.ClaimRequest;
import jp.kikan.childallowance.web.model.DecisionRequest;
import jp.kikan.childallowance.web.model.ExtinctionRequest;
import jp.kikan.childallowance.web.model.KangoKubun;
import jp.kikan.childallowance.web.model.OfferRequest;
import jp.kikan.childallowance.web.model.ProposalDecisionRequest;
import jp.kikan.childallowance.web.model.RevisionRequest;
import jp.kikan.childallowance.web.model.StatusReportRequest;
import jp.kikan.childallowance.web.model.UnpaidClaimRequest;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 受給資格 processes of 児童手当. Each checks its legal preconditions, changes the aggregate, adds a history entry,
 * writes an audit record and publishes its event in one transaction: a refused request leaves nothing behind. Changes
 * to an existing 受給資格 need its current ETag (If-Match) and lock it, so two clerks never overwrite each other.
 */
@Service("childAllowanceEntitlementService")
class EntitlementService {

    static final Business BUSINESS = Business.CHILD_ALLOWANCE;

    private final ChildAllowanceEntitlements entitlements;
    private final jakarta.persistence.EntityManager entityManager;
    private final Residents residents;
    private final EffectiveMonths months;
    private final MonthlyAmounts amounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EntitlementService(
            ChildAllowanceEntitlements entitlements,
            jakarta.persistence.EntityManager entityManager,
            Residents residents,
            EffectiveMonths months,
            MonthlyAmounts amounts,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.entitlements = entitlements;
        this.entityManager = entityManager;
        this.residents = residents;
        this.months = months;
        this.amounts = amounts;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    Entitlement get(UUID id) {
        Entitlement e = find(id);
        audit.record(AuditEntry.success(BUSINESS, "受給資格の照会", e.jukyushaAtenabango, "READ"));
        return e;
    }

    @Transactional(readOnly = true)
    List<Entitlement> search(@Nullable String atenabango, Entitlement.@Nullable Status status, int size) {
        List<Entitlement> found =
                entitlements.search(atenabango, status == null ? null : status.name(), PageRequest.of(0, size));
        audit.record(new AuditEntry(
                BUSINESS, "受給資格の検索", atenabango, "SEARCH", AuditEntry.Outcome.SUCCESS, "hits=" + found.size()));
        return found;
    }

    /** The amount of one month of the 受給資格, whether the month is paid or not. */
    @Transactional(readOnly = true)
    MonthlyView amount(UUID id, YearMonth month) {
        Entitlement e = find(id);
        MonthAmount amount;
        try {
            amount = amounts.of(month, e.spans(), e.income());
        } catch (InvalidInput invalid) {
            throw ProblemException.invalidField(
                    invalid.field().equals("taisho_ym") ? "taishoYm" : invalid.field(), invalid);
        }
        boolean paid = (e.is(Entitlement.Status.NINTEI) || e.is(Entitlement.Status.SHOMETSU))
                && !month.isBefore(e.start())
                && (e.end() == null || !month.isAfter(e.end()));
        audit.record(AuditEntry.success(BUSINESS, "月額の照会", e.jukyushaAtenabango, "READ"));
        return new MonthlyView(amount, paid);
    }

    /** A month's amount and whether the month is within the 支給期間. */
    record MonthlyView(MonthAmount amount, boolean inPeriod) {}

    /** A 額改定 proposal waiting for the clerk, with its 受給者. */
    record Proposal(Revision revision, String recipient) {}

    @Transactional(readOnly = true)
    List<Proposal> proposals(int size) {
        List<Proposal> out = new ArrayList<>();
        for (Object[] row : entitlements.pendingProposals(PageRequest.of(0, size))) {
            out.add(new Proposal((Revision) row[0], (String) row[1]));
        }
        audit.record(new AuditEntry(
                BUSINESS, "額改定の提案の一覧", null, "SEARCH", AuditEntry.Outcome.SUCCESS, "hits=" + out.size()));
        return out;
    }

    // ------------------------------------------------------------------------------------------------- 認定請求

    /** 認定請求 (児童手当法 第7条): the 支給開始月 by 第8条第2項 and the 15日特例 of 第8条第3項. */
    @Transactional
    Entitlement claim(ClaimRequest request) {
        LocalDate claimDate = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
        String recipientId = request.getJukyushaAtenabango();
        ResidentSnapshot recipient = residents.resident("jukyusha_atenabango", recipientId, claimDate);
        if (entitlements.findActive(recipientId).isPresent()) {
            throw ProblemException.conflict(
                    "entitlement-exists", "宛名番号「" + recipientId + "」の受給者には認定請求中又は支給中の受給資格があります。");
        }
        List<ResidentSnapshot> children = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Occurrence> occurrences = new ArrayList<>();
        if (recipient.residentSince() != null) {
            occurrences.add(new Occurrence(Occurrence.Kind.MOVE_IN, recipient.residentSince()));
        }
        for (int i = 0; i < request.getJido().size(); i++) {
            ClaimChild c = request.getJido().get(i);
            String field = "jido[" + i + "].atenabango";
            if (!seen.add(c.getAtenabango())) {
                throw ProblemException.invalid(
                        "同じ児童が二度指定されています。", new InvalidParam(field, "duplicate", "同じ宛名番号が重複しています。"));
            }
            if (c.getAtenabango().equals(recipientId)) {
                throw RequestDates.unprocessable("recipient-as-child", field, "受給者本人を児童として指定することはできません。");
            }
            ResidentSnapshot child = care(c.getKangoKubun()) == Child.Care.SUPPORTED
                    ? residents.resident(field, c.getAtenabango(), claimDate)
                    : residents
                            .on(c.getAtenabango(), claimDate)
                            .orElseThrow(() -> RequestDates.unprocessable(
                                    "not-in-registry", field, "宛名番号「" + c.getAtenabango() + "」の者は住民基本台帳にありません。"));
            children.add(child);
            occurrences.add(new Occurrence(Occurrence.Kind.BIRTH, child.birthDate()));
        }
        EffectiveMonth start = months.start(claimDate, occurrences);
        Instant now = Instant.now();
        Entitlement e = new Entitlement(recipientId, recipient.setaibango(), claimDate, now);
        e.kaishiYm = start.month().atDay(1);
        e.kaishiKonkyo = start.reason();
        Occurrence special = start.special();
        if (special != null) {
            e.tokureiJiyu = special.kind() == Occurrence.Kind.MOVE_IN ? "TENNYU" : "SHUSSEI";
            e.tokureiYmd = special.date();
        }
        boolean supported = false;
        for (int i = 0; i < children.size(); i++) {
            ClaimChild c = request.getJido().get(i);
            Child.Care care = care(c.getKangoKubun());
            boolean confirmed = Boolean.TRUE.equals(c.getKakunin());
            checkChild(
                    "jido[" + i + "].atenabango",
                    "jido[" + i + "].kakunin",
                    children.get(i),
                    care,
                    confirmed,
                    start.month(),
                    e.id);
            supported |= care == Child.Care.SUPPORTED;
            e.children.add(new EntitlementChild(
                    i, children.get(i).atenabango(), children.get(i).birthDate(), care, confirmed, start.month()));
        }
        if (!supported) {
            throw RequestDates.unprocessable(
                    "no-supported-child", "jido", "監護し生計を同じくする児童（kango_seikei）が1人以上必要です（児童手当法 第4条）。");
        }
        GenkyoTodoke.of(request.getGenkyoTodokeJiyu()).ifPresent(j -> e.genkyoTodokeJiyu = j);
        e.shotokugaku = request.getShotokugaku();
        e.fuyoShinzokutoSu = request.getFuyoShinzokutoSu();
        e.rojinFuyoShinzokutoSu = request.getRojinFuyoShinzokutoSu();
        e.log("認定請求", claimDate, "認定請求を受理（児童" + children.size() + "人）。" + start.reason(), CurrentStaff.actor(), now);
        entityManager.persist(e);
        audit.record(AuditEntry.success(BUSINESS, "児童手当の認定請求", recipientId, "CREATE"));
        return e;
    }

    /** The child may be on the 受給資格 from {@code from}: in age, confirmed where needed, not paid to someone else. */
    private void checkChild(
            String field,
            String confirmationField,
            ResidentSnapshot child,
            Child.Care care,
            boolean confirmed,
            YearMonth from,
            UUID self) {
        if (care == Child.Care.SUPPORTED) {
            if (!amounts.isChild(child.birthDate(), from)) {
                throw RequestDates.unprocessable(
                        "not-a-child",
                        field,
                        "18歳に達する日以後の最初の3月31日を過ぎています（児童手当法 第3条第1項）。監護相当・生計費の負担を確認した子は"
                                + " tashi_santei_nomi として指定してください。");
            }
            for (Entitlement other : entitlements.findActiveWithChild(child.atenabango())) {
                boolean paidThere = !other.id.equals(self)
                        && other.openChildren().stream()
                                .anyMatch(c ->
                                        c.atenabango.equals(child.atenabango()) && c.care() == Child.Care.SUPPORTED);
                if (paidThere) {
                    throw RequestDates.unprocessable(
                            "child-already-supported", field, "この児童は他の受給者（" + other.jukyushaAtenabango + "）の支給要件児童です。");
                }
            }
        } else {
            if (!confirmed) {
                throw RequestDates.unprocessable(
                        "confirmation-required", confirmationField, "監護相当・生計費の負担についての確認（確認書）が必要です（児童手当法 第6条）。");
            }
            if (!amounts.countsForRank(child.birthDate(), from)) {
                throw RequestDates.unprocessable("not-counted", field, "22歳に達する日以後の最初の3月31日を過ぎているため、順位の算定に数えません。");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- 認定・却下

    @Transactional
    Entitlement decide(UUID id, DecisionRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        if (!e.is(Entitlement.Status.SHINSEI)) {
            throw RequestDates.unprocessable("already-decided", "kekka", "この認定請求は既に処理されています（状態: " + e.jotai + "）。");
        }
        LocalDate date = RequestDates.notFuture("ketteiymd", request.getKetteiymd());
        if (date.isBefore(e.seikyuYmd)) {
            throw RequestDates.unprocessable("before-claim", "ketteiymd", "決定日が認定請求日（" + e.seikyuYmd + "）より前です。");
        }
        Instant now = Instant.now();
        if (request.getKekka() == DecisionRequest.KekkaEnum.NINTEI) {
            try {
                amounts.of(e.start(), e.spans(), e.income());
            } catch (InvalidInput invalid) {
                throw ProblemException.unprocessable(
                        invalid.code(),
                        "支給開始月（" + e.start() + "）の額を算定できません: " + invalid.reason(),
                        new InvalidParam(invalid.field(), invalid.code(), invalid.reason()));
            }
            e.jotai = Entitlement.Status.NINTEI.name();
            e.ninteiYmd = date;
            e.log("認定", date, "受給資格を認定。" + e.start() + "分から支給。", CurrentStaff.actor(), now);
            audit.record(AuditEntry.success(BUSINESS, "児童手当の認定", e.jukyushaAtenabango, "UPDATE"));
            events.publishEvent(new ChildAllowanceGranted(
                    EventEnvelope.of(now, date, residents.restricted(e.jukyushaAtenabango)),
                    e.id,
                    e.jukyushaAtenabango,
                    e.start().toString()));
        } else {
            String reason = request.getKyakkaRiyu();
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalid(
                        "却下の理由を入力してください。", new InvalidParam("kyakka_riyu", "required", "却下には理由が必要です。"));
            }
            e.jotai = Entitlement.Status.KYAKKA.name();
            e.kyakkaRiyu = reason.strip();
            e.log("却下", date, "認定請求を却下。理由: " + e.kyakkaRiyu, CurrentStaff.actor(), now);
            audit.record(AuditEntry.success(BUSINESS, "児童手当の却下", e.jukyushaAtenabango, "UPDATE"));
        }
        return e;
    }

    // ------------------------------------------------------------------------------------------------- 額改定

    @Transactional
    Entitlement revise(UUID id, RevisionRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        requireGranted(e);
        LocalDate eventDate = RequestDates.notFuture("jiyu_ymd", request.getJiyuYmd());
        String child = request.getJidoAtenabango();
        boolean increase = request.getKubun() == RevisionRequest.KubunEnum.ZOGAKU;
        boolean raises =
                switch (request.getJiyu()) {
                    case SHUSSEI, KANGO_KAISHI -> true;
                    case SHIBO, KANGO_SHURYO -> false;
                    case SONOTA -> increase;
                };
        if (raises != increase) {
            throw RequestDates.unprocessable(
                    "reason-does-not-fit",
                    "jiyu",
                    "事由（" + request.getJiyu().getValue() + "）は" + (increase ? "増額" : "減額") + "の事由ではありません。");
        }
        String jiyu = request.getJiyu().name();
        Instant now = Instant.now();
        if (request.getKubun() == RevisionRequest.KubunEnum.ZOGAKU) {
            if (request.getSeikyuYmd() == null) {
                throw ProblemException.invalid(
                        "額改定請求日を入力してください。", new InvalidParam("seikyu_ymd", "required", "増額の改定には額改定請求日が必要です。"));
            }
            LocalDate claimDate = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
            Revision revision = new Revision("ZOGAKU", "KAKUTEI", jiyu, eventDate, child, now);
            e.revisions.add(revision);
            addChild(
                    e,
                    revision,
                    claimDate,
                    care(request.getKangoKubun()),
                    Boolean.TRUE.equals(request.getKakunin()),
                    "jido_atenabango",
                    now);
        } else {
            EntitlementChild line = e.openChildren().stream()
                    .filter(c -> c.atenabango.equals(child))
                    .findFirst()
                    .orElseThrow(() -> RequestDates.unprocessable(
                            "not-on-entitlement", "jido_atenabango", "宛名番号「" + child + "」の児童はこの受給資格で算定されていません。"));
            Revision revision = new Revision("GENGAKU", "KAKUTEI", jiyu, eventDate, child, now);
            e.revisions.add(revision);
            removeChild(e, line, revision, eventDate, JIYU.getOrDefault(jiyu, "その他"), CurrentStaff.actor(), now);
        }
        return e;
    }

    /** 額改定の提案 confirmed (with the 額改定請求日) or withdrawn by the clerk. */
    @Transactional
    Entitlement decideProposal(UUID id, UUID revisionId, ProposalDecisionRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        Revision revision = e.revisions.stream()
                .filter(r -> r.id.equals(revisionId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("額改定「" + revisionId + "」はこの受給資格にありません。"));
        if (!revision.jotai.equals("TEIAN")) {
            throw RequestDates.unprocessable("not-a-proposal", "kekka", "この額改定は既に処理されています（" + revision.jotai + "）。");
        }
        Instant now = Instant.now();
        if (request.getKekka() == ProposalDecisionRequest.KekkaEnum.TORISAGE) {
            revision.jotai = "TORISAGE";
            revision.riyu = request.getRiyu();
            e.log(
                    "額改定の提案の取下げ",
                    revision.jiyuYmd,
                    "児童（" + revision.jidoAtenabango + "）の額改定の提案を取り下げ。"
                            + (request.getRiyu() == null ? "" : "理由: " + request.getRiyu()),
                    CurrentStaff.actor(),
                    now);
            audit.record(AuditEntry.success(BUSINESS, "額改定の提案の取下げ", e.jukyushaAtenabango, "UPDATE"));
            return e;
        }
        requireGranted(e);
        if (request.getSeikyuYmd() == null) {
            throw ProblemException.invalid(
                    "額改定請求日を入力してください。", new InvalidParam("seikyu_ymd", "required", "確定には額改定請求日が必要です。"));
        }
        LocalDate claimDate = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
        revision.jotai = "KAKUTEI";
        addChild(e, revision, claimDate, care(request.getKangoKubun()), false, "kekka", now);
        return e;
    }

    /** Adds the child of an increase (額改定請求) from the month 第9条 gives. */
    private void addChild(
            Entitlement e,
            Revision revision,
            LocalDate claimDate,
            Child.Care care,
            boolean confirmed,
            String field,
            Instant now) {
        String childId = revision.jidoAtenabango;
        if (claimDate.isBefore(revision.jiyuYmd)) {
            throw RequestDates.unprocessable(
                    "claim-before-event", "seikyu_ymd", "額改定請求日が事由の生じた日（" + revision.jiyuYmd + "）より前です。");
        }
        if (e.openChildren().stream().anyMatch(c -> c.atenabango.equals(childId))) {
            throw RequestDates.unprocessable(
                    "already-on-entitlement", field, "宛名番号「" + childId + "」の児童は既にこの受給資格で算定されています。");
        }
        ResidentSnapshot child = care == Child.Care.SUPPORTED
                ? residents.resident(field, childId, claimDate)
                : residents
                        .on(childId, claimDate)
                        .orElseThrow(() -> RequestDates.unprocessable(
                                "not-in-registry", field, "宛名番号「" + childId + "」の者は住民基本台帳にありません。"));
        Occurrence occurrence =
                revision.jiyu.equals("SHUSSEI") ? new Occurrence(Occurrence.Kind.BIRTH, child.birthDate()) : null;
        EffectiveMonth from = months.increase(claimDate, occurrence);
        YearMonth end = e.end();
        if (end != null && from.month().isAfter(end)) {
            throw RequestDates.unprocessable(
                    "after-end", "seikyu_ymd", "改定月（" + from.month() + "）が支給の終わり（" + end + "）より後です。");
        }
        checkChild(field, "kakunin", child, care, confirmed, from.month(), e.id);
        e.children.add(
                new EntitlementChild(e.children.size(), childId, child.birthDate(), care, confirmed, from.month()));
        revision.seikyuYmd = claimDate;
        revision.kaiteiYm = from.month().atDay(1);
        revision.konkyo = from.reason();
        e.log(
                "額改定（増額）",
                revision.jiyuYmd,
                "児童（" + childId + "）を" + from.month() + "分から算定。" + from.reason(),
                CurrentStaff.actor(),
                now);
        audit.record(AuditEntry.success(BUSINESS, "児童手当の額改定", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildAllowanceRevised(
                EventEnvelope.of(now, revision.jiyuYmd, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                "zogaku",
                childId,
                from.month().toString()));
    }

    /** Ends a child's counting after an event (第9条第3項), and the 受給資格 when no 支給要件児童 is left. */
    void removeChild(
            Entitlement e,
            EntitlementChild line,
            Revision revision,
            LocalDate eventDate,
            String reason,
            String actor,
            Instant now) {
        EffectiveMonth from = months.decrease(eventDate);
        line.end(from.month().minusMonths(1), reason);
        revision.kaiteiYm = from.month().atDay(1);
        revision.konkyo = from.reason();
        e.log(
                "額改定（減額）",
                eventDate,
                "児童（" + line.atenabango + "）を" + from.month() + "分から算定しない。" + from.reason(),
                actor,
                now);
        audit.record(AuditEntry.success(BUSINESS, "児童手当の額改定", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildAllowanceRevised(
                EventEnvelope.of(now, eventDate, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                "gengaku",
                line.atenabango,
                from.month().toString()));
        boolean supported = e.openChildren().stream().anyMatch(c -> c.care() == Child.Care.SUPPORTED);
        if (!supported) {
            end(e, "JIDO_NASHI", eventDate, "支給要件児童がいなくなったため", actor, now);
        }
    }

    // ------------------------------------------------------------------------------------------------- 消滅

    @Transactional
    Entitlement extinguish(UUID id, ExtinctionRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        requireGranted(e);
        LocalDate date = RequestDates.notFuture("jiyu_ymd", request.getJiyuYmd());
        String note = request.getBiko() == null ? "" : "（" + request.getBiko() + "）";
        end(
                e,
                request.getJiyu().name(),
                date,
                JIYU.getOrDefault(request.getJiyu().name(), "その他") + note,
                CurrentStaff.actor(),
                Instant.now());
        return e;
    }

    /** 消滅: paid through the month of the event (第8条第2項). */
    void end(Entitlement e, String reason, LocalDate date, String text, String actor, Instant now) {
        EffectiveMonth last = months.end(date);
        e.jotai = Entitlement.Status.SHOMETSU.name();
        e.shometsuJiyu = reason;
        e.shometsuYmd = date;
        e.shuryoYm = last.month().atDay(1);
        e.log("消滅", date, "受給資格が消滅（" + text + "）。" + last.reason(), actor, now);
        audit.record(AuditEntry.success(BUSINESS, "児童手当の消滅", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildAllowanceEnded(
                EventEnvelope.of(now, date, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                last.month().toString(),
                reason.toLowerCase(java.util.Locale.ROOT)));
    }

    // ------------------------------------------------------------------------------------------------- 未支払請求

    @Transactional
    Entitlement claimUnpaid(UUID id, UnpaidClaimRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        if (!e.is(Entitlement.Status.SHOMETSU) || !"SHIBO".equals(e.shometsuJiyu)) {
            throw RequestDates.unprocessable(
                    "recipient-not-deceased",
                    "seikyusha_atenabango",
                    "未支払の児童手当は受給者の死亡により消滅した受給資格についてのみ請求できます（児童手当法 第12条）。");
        }
        if (e.mishiharaiSeikyusha != null) {
            throw RequestDates.unprocessable("already-claimed", "seikyusha_atenabango", "未支払の児童手当は既に請求されています。");
        }
        String claimant = request.getSeikyushaAtenabango();
        if (e.children.stream().noneMatch(c -> c.atenabango.equals(claimant))) {
            throw RequestDates.unprocessable(
                    "not-a-child-of-entitlement",
                    "seikyusha_atenabango",
                    "未支払の児童手当を請求できるのは、この受給資格の児童であつた者です（児童手当法 第12条）。");
        }
        LocalDate date = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
        e.mishiharaiSeikyusha = claimant;
        e.mishiharaiSeikyuYmd = date;
        e.log("未支払請求", date, "児童（" + claimant + "）から未支払の児童手当の請求を受理。", CurrentStaff.actor(), Instant.now());
        audit.record(AuditEntry.success(BUSINESS, "未支払の児童手当の請求", e.jukyushaAtenabango, "UPDATE"));
        return e;
    }

    // ------------------------------------------------------------------------------------------------- 申出

    @Transactional
    Entitlement offer(UUID id, OfferRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        requireGranted(e);
        LocalDate date = RequestDates.notFuture("moshide_ymd", request.getMoshideYmd());
        YearMonth from = RequestDates.month("kaishi_ym", request.getKaishiYm());
        YearMonth to = RequestDates.optionalMonth("shuryo_ym", request.getShuryoYm());
        if (to != null && to.isBefore(from)) {
            throw RequestDates.unprocessable("period-reversed", "shuryo_ym", "終了月が開始月より前です。");
        }
        Instant now = Instant.now();
        if (request.getKubun() == OfferRequest.KubunEnum.KIFU) {
            Offer offer = new Offer("KIFU", date, from, to, request.getGetsugaku());
            e.offers.add(offer);
            e.log(
                    "寄附の申出",
                    date,
                    "寄附の申出（" + from + "分から、"
                            + (request.getGetsugaku() == null ? "全額" : "月" + request.getGetsugaku() + "円")
                            + "）。児童手当法 第20条",
                    CurrentStaff.actor(),
                    now);
            audit.record(AuditEntry.success(BUSINESS, "寄附の申出", e.jukyushaAtenabango, "UPDATE"));
            return e;
        }
        Long monthly = request.getGetsugaku();
        String childId = request.getJidoAtenabango();
        if (monthly == null) {
            throw ProblemException.invalid(
                    "月額を入力してください。", new InvalidParam("getsugaku", "required", "学校給食費等の申出には月額が必要です。"));
        }
        if (childId == null) {
            throw ProblemException.invalid(
                    "児童を指定してください。", new InvalidParam("jido_atenabango", "required", "学校給食費等の申出には児童が必要です。"));
        }
        EntitlementChild child = e.openChildren().stream()
                .filter(c -> c.atenabango.equals(childId) && c.care() == Child.Care.SUPPORTED)
                .findFirst()
                .orElseThrow(() -> RequestDates.unprocessable(
                        "not-on-entitlement", "jido_atenabango", "宛名番号「" + childId + "」の児童はこの受給資格の支給要件児童ではありません。"));
        if (!amounts.beforeJuniorHighEnd(child.seinengappi, from)) {
            throw RequestDates.unprocessable(
                    "not-before-junior-high-end", "jido_atenabango", "学校給食費等の徴収は中学校修了前の児童に係る費用に限られます（児童手当法 第21条）。");
        }
        Offer offer = new Offer("GAKKO_KYUSHOKUHI_TO", date, from, to, monthly);
        offer.jidoAtenabango = childId;
        offer.jidoSeinengappi = child.seinengappi;
        offer.hiyo = request.getHiyo() == null ? "学校給食費" : request.getHiyo();
        e.offers.add(offer);
        e.log(
                "学校給食費等の徴収に係る申出",
                date,
                offer.hiyo + "（児童 " + childId + "、" + from + "分から月" + monthly + "円）を児童手当から徴収する申出。児童手当法 第21条",
                CurrentStaff.actor(),
                now);
        audit.record(AuditEntry.success(BUSINESS, "学校給食費等の徴収に係る申出", e.jukyushaAtenabango, "UPDATE"));
        return e;
    }

    // ------------------------------------------------------------------------------------------------- 現況届

    @Transactional
    Entitlement reportStatus(UUID id, StatusReportRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        if (e.genkyoTodokeJiyu == null) {
            throw RequestDates.unprocessable(
                    "status-report-not-required", "nendo", "この受給者には現況届の提出が求められていません（令和4年6月分から原則不要）。");
        }
        if (!e.is(Entitlement.Status.NINTEI) && !e.is(Entitlement.Status.SHOMETSU)) {
            throw RequestDates.unprocessable("not-granted", "nendo", "認定されていない受給資格です。");
        }
        int year = request.getNendo();
        if (e.statusReports.stream().anyMatch(r -> r.nendo == year)) {
            throw RequestDates.unprocessable("already-filed", "nendo", year + "年の現況届は既に受理しています。");
        }
        LocalDate date = RequestDates.notFuture("teishutsu_ymd", request.getTeishutsuYmd());
        e.statusReports.add(new StatusReport(year, date));
        e.log(
                "現況届",
                date,
                year + "年6月1日現在の現況届を受理（" + GenkyoTodoke.japanese(e.genkyoTodokeJiyu) + "）。"
                        + (request.getBiko() == null ? "" : request.getBiko()),
                CurrentStaff.actor(),
                Instant.now());
        audit.record(AuditEntry.success(BUSINESS, "現況届の受理", e.jukyushaAtenabango, "UPDATE"));
        return e;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static final java.util.Map<String, String> JIYU = java.util.Map.of(
            "TENSHUTSU", "転出",
            "SHIBO", "死亡",
            "KANGO_SHURYO", "監護しなくなった",
            "JIDO_NASHI", "支給要件児童がいなくなった",
            "KANGO_KAISHI", "監護の開始",
            "SHUSSEI", "出生",
            "SONOTA", "その他");

    private Entitlement find(UUID id) {
        return entitlements.findById(id).orElseThrow(() -> ProblemException.notFound("受給資格「" + id + "」は見つかりません。"));
    }

    private Entitlement lock(UUID id, @Nullable String ifMatch) {
        Entitlement e = entitlements.lock(id).orElseThrow(() -> ProblemException.notFound("受給資格「" + id + "」は見つかりません。"));
        EntityTags.requireMatch(ifMatch, e.version);
        return e;
    }

    private static void requireGranted(Entitlement e) {
        if (!e.is(Entitlement.Status.NINTEI)) {
            throw RequestDates.unprocessable(
                    "not-granted", "entitlementId", "支給中（認定済み）の受給資格ではありません（状態: " + e.jotai + "）。");
        }
    }

    static Child.Care care(@Nullable KangoKubun kubun) {
        return kubun == KangoKubun.TASHI_SANTEI_NOMI ? Child.Care.COUNTED_FOR_RANK_ONLY : Child.Care.SUPPORTED;
    }
}
