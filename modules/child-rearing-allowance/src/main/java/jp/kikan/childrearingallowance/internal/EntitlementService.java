package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kikan.childrearingallowance.domain.EffectiveMonth;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.domain.IncomeYear;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.childrearingallowance.domain.Recipient;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceEnded;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceGranted;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceRevised;
import jp.kikan.childrearingallowance.web.model.ClaimChild;
import jp.kikan.childrearingallowance.web.model.ClaimRequest;
import jp.kikan.childrearingallowance.web.model.DecisionRequest;
import jp.kikan.childrearingallowance.web.model.LossRequest;
import jp.kikan.childrearingallowance.web.model.ProposalDecisionRequest;
import jp.kikan.childrearingallowance.web.model.RevisionRequest;
import jp.kikan.childrearingallowance.web.model.ShotokuNendo;
import jp.kikan.childrearingallowance.web.model.StatusReportRequest;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The 受給資格 processes of 児童扶養手当. Each checks its preconditions, changes the aggregate, adds a history entry,
 * writes an audit record and publishes its event in one transaction; changes need the current ETag (If-Match).
 */
@Service("childRearingAllowanceEntitlementService")
class EntitlementService {

    static final Business BUSINESS = Business.CHILD_REARING_ALLOWANCE;

    static final Map<String, String> JIYU = Map.of(
            "KONIN", "婚姻",
            "JIDO_FUZAI", "対象児童がいなくなった",
            "TENSHUTSU", "転出",
            "SHIBO", "死亡",
            "KANGO_SHURYO", "監護等の終了",
            "KANGO_KAISHI", "監護等の開始",
            "SHUSSEI", "出生",
            "SONOTA", "その他");

    private final ChildRearingAllowanceEntitlements entitlements;
    private final EntityManager entityManager;
    private final Residents residents;
    private final EffectiveMonths months;
    private final MonthlyAmounts amounts;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EntitlementService(
            ChildRearingAllowanceEntitlements entitlements,
            EntityManager entityManager,
            Residents residents,
            EffectiveMonths months,
            MonthlyAmounts amounts,
            JsonMapper json,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.entitlements = entitlements;
        this.entityManager = entityManager;
        this.residents = residents;
        this.months = months;
        this.amounts = amounts;
        this.json = json;
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

    /** A month's decision and amount, and whether the month is within the 支給期間. */
    record MonthlyView(MonthAmount amount, boolean inPeriod) {}

    @Transactional(readOnly = true)
    MonthlyView amount(UUID id, YearMonth month) {
        Entitlement e = find(id);
        MonthAmount amount;
        try {
            amount = amounts.of(month, e.recipient(), e.spans(), incomes(e));
        } catch (InvalidInput invalid) {
            throw ProblemException.invalidField(
                    invalid.field().equals("taisho_ym") ? "taishoYm" : invalid.field(), invalid);
        }
        if (amount.status() == MonthAmount.Status.INCOME_MISSING) {
            throw RequestDates.unprocessable(
                    "income-not-recorded",
                    "taishoYm",
                    month + "分は" + amount.incomeYear() + "年の所得で判定しますが、その所得は記録されていません（現況届又は認定時に記録します）。");
        }
        boolean paid = (e.is(Entitlement.Status.NINTEI) || e.is(Entitlement.Status.SOSHITSU))
                && !month.isBefore(e.start())
                && (e.end() == null || !month.isAfter(e.end()));
        audit.record(AuditEntry.success(BUSINESS, "月額の照会", e.jukyushaAtenabango, "READ"));
        return new MonthlyView(amount, paid);
    }

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

    /** The 所得 recorded per 所得年, as the domain reads it. */
    Map<Integer, IncomeYear> incomes(Entitlement e) {
        Map<Integer, IncomeYear> out = new HashMap<>();
        for (IncomeRecord r : e.incomes) {
            out.put(r.shotokuNen, Incomes.of(Incomes.read(json, r.naiyo), "shotoku"));
        }
        return out;
    }

    ShotokuNendo income(IncomeRecord r) {
        return Incomes.read(json, r.naiyo);
    }

    // ------------------------------------------------------------------------------------------------- 認定請求

    /** 認定請求 (児童扶養手当法 第6条): paid from the month after the 請求 (第7条第1項). */
    @Transactional
    Entitlement claim(ClaimRequest request) {
        LocalDate claimDate = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
        String recipientId = request.getJukyushaAtenabango();
        ResidentSnapshot recipient = residents.resident("jukyusha_atenabango", recipientId, claimDate);
        if (entitlements.findActive(recipientId).isPresent()) {
            throw ProblemException.conflict(
                    "entitlement-exists", "宛名番号「" + recipientId + "」の受給者には認定請求中又は支給中の受給資格があります。");
        }
        EffectiveMonth start = months.start(claimDate);
        Instant now = Instant.now();
        Recipient kind =
                switch (request.getJukyushaKubun()) {
                    case HAHA -> Recipient.MOTHER;
                    case CHICHI -> Recipient.FATHER;
                    case YOIKUSHA -> Recipient.FOSTER;
                };
        Entitlement e = new Entitlement(recipientId, kind, recipient.setaibango(), claimDate, now);
        e.kaishiYm = start.month().atDay(1);
        e.kaishiKonkyo = start.reason();
        Set<String> seen = new HashSet<>();
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
            ResidentSnapshot child = residents.resident(field, c.getAtenabango(), claimDate);
            checkChild(field, child, start.month(), e.id);
            e.children.add(new EntitlementChild(i, child.atenabango(), child.birthDate(), start.month()));
        }
        List<ShotokuNendo> given = request.getShotoku();
        if (given != null) {
            record(e, given, "shotoku", now);
        }
        e.log(
                "認定請求",
                claimDate,
                "認定請求を受理（" + kind.japanese() + "、対象児童" + e.children.size() + "人）。" + start.reason(),
                CurrentStaff.actor(),
                now);
        entityManager.persist(e);
        audit.record(AuditEntry.success(BUSINESS, "児童扶養手当の認定請求", recipientId, "CREATE"));
        return e;
    }

    private void checkChild(String field, ResidentSnapshot child, YearMonth from, UUID self) {
        if (!amounts.isChild(child.birthDate(), from)) {
            throw RequestDates.unprocessable(
                    "not-a-child", field, "18歳に達する日以後の最初の3月31日を過ぎているため児童ではありません（児童扶養手当法 第3条第1項）。");
        }
        for (Entitlement other : entitlements.findActiveWithChild(child.atenabango())) {
            boolean there = !other.id.equals(self)
                    && other.openChildren().stream().anyMatch(c -> c.atenabango.equals(child.atenabango()));
            if (there) {
                throw RequestDates.unprocessable(
                        "child-already-supported", field, "この児童は他の受給者（" + other.jukyushaAtenabango + "）の対象児童です。");
            }
        }
    }

    /** Records (or replaces) the 所得 of each 所得年 given. */
    private void record(Entitlement e, List<ShotokuNendo> given, String field, Instant now) {
        for (int i = 0; i < given.size(); i++) {
            ShotokuNendo n = given.get(i);
            Incomes.of(n, field + "[" + i + "]");
            record(e, n, now);
        }
    }

    private void record(Entitlement e, ShotokuNendo n, Instant now) {
        e.incomes.removeIf(r -> r.shotokuNen == n.getShotokuNen());
        entityManager.flush();
        e.incomes.add(new IncomeRecord(n.getShotokuNen(), Incomes.json(json, n), now));
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
        if (request.getKekka() == DecisionRequest.KekkaEnum.KYAKKA) {
            String reason = request.getKyakkaRiyu();
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalid(
                        "却下の理由を入力してください。", new InvalidParam("kyakka_riyu", "required", "却下には理由が必要です。"));
            }
            e.jotai = Entitlement.Status.KYAKKA.name();
            e.kyakkaRiyu = reason.strip();
            e.log("却下", date, "認定請求を却下。理由: " + e.kyakkaRiyu, CurrentStaff.actor(), now);
            audit.record(AuditEntry.success(BUSINESS, "児童扶養手当の却下", e.jukyushaAtenabango, "UPDATE"));
            return e;
        }
        List<ShotokuNendo> given = request.getShotoku();
        if (given != null) {
            record(e, given, "shotoku", now);
        }
        MonthAmount first = firstMonth(e);
        e.jotai = Entitlement.Status.NINTEI.name();
        e.ninteiYmd = date;
        e.log("認定", date, "受給資格を認定。" + e.start() + "分から支給（" + summary(first) + "）。", CurrentStaff.actor(), now);
        audit.record(AuditEntry.success(BUSINESS, "児童扶養手当の認定", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildRearingAllowanceGranted(
                EventEnvelope.of(now, date, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                e.start().toString()));
        return e;
    }

    /** The 支給開始月's decision, which needs the 所得 of its 所得年 (422 naming {@code shotoku} otherwise). */
    private MonthAmount firstMonth(Entitlement e) {
        MonthAmount first;
        try {
            first = amounts.of(e.start(), e.recipient(), e.spans(), incomes(e));
        } catch (InvalidInput invalid) {
            throw ProblemException.unprocessable(
                    invalid.code(),
                    "支給開始月（" + e.start() + "）の額を算定できません: " + invalid.reason(),
                    new InvalidParam("shotoku", invalid.code(), invalid.reason()));
        }
        if (first.status() == MonthAmount.Status.INCOME_MISSING) {
            throw RequestDates.unprocessable(
                    "income-required",
                    "shotoku",
                    "支給開始月（" + e.start() + "）は" + first.incomeYear() + "年の所得で判定します。その所得（shotoku_nen "
                            + first.incomeYear() + "）を指定してください（児童扶養手当法 第9条第1項）。");
        }
        return first;
    }

    private static String summary(MonthAmount amount) {
        var allowance = amount.allowance();
        return allowance == null
                ? "対象児童なし"
                : allowance.decision().japanese() + " 月額" + String.format("%,d", allowance.total()) + "円、"
                        + amount.incomeYear() + "年の所得による";
    }

    // ------------------------------------------------------------------------------------------------- 現況届

    /** 現況届 (毎年8月) with the 前年の所得, which decides the months from November (第9条第1項). */
    @Transactional
    Entitlement reportStatus(UUID id, StatusReportRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        requireGranted(e, "nendo");
        int year = request.getNendo();
        if (e.statusReports.stream().anyMatch(r -> r.nendo == year)) {
            throw RequestDates.unprocessable("already-filed", "nendo", year + "年の現況届は既に受理しています。");
        }
        ShotokuNendo income = request.getShotoku();
        if (income.getShotokuNen() != year - 1) {
            throw RequestDates.unprocessable(
                    "wrong-income-year",
                    "shotoku.shotoku_nen",
                    year + "年の現況届の所得は前年（" + (year - 1) + "年）の所得です（児童扶養手当法 第9条第1項）。");
        }
        Incomes.of(income, "shotoku");
        LocalDate date = RequestDates.notFuture("teishutsu_ymd", request.getTeishutsuYmd());
        Instant now = Instant.now();
        record(e, income, now);
        e.statusReports.add(new StatusReport(year, date));
        YearMonth november = YearMonth.of(year, 11);
        String from = "";
        try {
            MonthAmount next = amounts.of(november, e.recipient(), e.spans(), incomes(e));
            from = november + "分から" + summary(next) + "。";
        } catch (InvalidInput invalid) {
            throw ProblemException.unprocessable(
                    invalid.code(), invalid.reason(), new InvalidParam("shotoku", invalid.code(), invalid.reason()));
        }
        e.log("現況届", date, year + "年8月1日現在の現況届を受理（" + (year - 1) + "年の所得）。" + from, CurrentStaff.actor(), now);
        audit.record(AuditEntry.success(BUSINESS, "現況届の受理", e.jukyushaAtenabango, "UPDATE"));
        return e;
    }

    // ------------------------------------------------------------------------------------------------- 額改定

    @Transactional
    Entitlement revise(UUID id, RevisionRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        requireGranted(e, "kubun");
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
        Instant now = Instant.now();
        if (request.getKubun() == RevisionRequest.KubunEnum.ZOGAKU) {
            if (request.getSeikyuYmd() == null) {
                throw ProblemException.invalid(
                        "額改定請求日を入力してください。", new InvalidParam("seikyu_ymd", "required", "増額の改定には額改定請求日が必要です。"));
            }
            LocalDate claimDate = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
            Revision revision =
                    new Revision("ZOGAKU", "KAKUTEI", request.getJiyu().name(), eventDate, child, now);
            e.revisions.add(revision);
            addChild(e, revision, claimDate, "jido_atenabango", now);
        } else {
            EntitlementChild line = e.openChildren().stream()
                    .filter(c -> c.atenabango.equals(child))
                    .findFirst()
                    .orElseThrow(() -> RequestDates.unprocessable(
                            "not-on-entitlement", "jido_atenabango", "宛名番号「" + child + "」の児童はこの受給資格の対象児童ではありません。"));
            Revision revision =
                    new Revision("GENGAKU", "KAKUTEI", request.getJiyu().name(), eventDate, child, now);
            e.revisions.add(revision);
            removeChild(
                    e,
                    line,
                    revision,
                    eventDate,
                    JIYU.getOrDefault(request.getJiyu().name(), "その他"),
                    CurrentStaff.actor(),
                    now);
        }
        return e;
    }

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
                    "児童（" + revision.jidoAtenabango + "）の額改定の提案を取り下げ。",
                    CurrentStaff.actor(),
                    now);
            audit.record(AuditEntry.success(BUSINESS, "額改定の提案の取下げ", e.jukyushaAtenabango, "UPDATE"));
            return e;
        }
        requireGranted(e, "kekka");
        if (request.getSeikyuYmd() == null) {
            throw ProblemException.invalid(
                    "額改定請求日を入力してください。", new InvalidParam("seikyu_ymd", "required", "確定には額改定請求日が必要です。"));
        }
        LocalDate claimDate = RequestDates.notFuture("seikyu_ymd", request.getSeikyuYmd());
        revision.jotai = "KAKUTEI";
        addChild(e, revision, claimDate, "kekka", now);
        return e;
    }

    private void addChild(Entitlement e, Revision revision, LocalDate claimDate, String field, Instant now) {
        String childId = revision.jidoAtenabango;
        if (claimDate.isBefore(revision.jiyuYmd)) {
            throw RequestDates.unprocessable(
                    "claim-before-event", "seikyu_ymd", "額改定請求日が事由の生じた日（" + revision.jiyuYmd + "）より前です。");
        }
        if (e.openChildren().stream().anyMatch(c -> c.atenabango.equals(childId))) {
            throw RequestDates.unprocessable(
                    "already-on-entitlement", field, "宛名番号「" + childId + "」の児童は既にこの受給資格の対象児童です。");
        }
        ResidentSnapshot child = residents.resident(field, childId, claimDate);
        EffectiveMonth from = months.increase(claimDate);
        YearMonth end = e.end();
        if (end != null && from.month().isAfter(end)) {
            throw RequestDates.unprocessable(
                    "after-end", "seikyu_ymd", "改定月（" + from.month() + "）が支給の終わり（" + end + "）より後です。");
        }
        checkChild(field, child, from.month(), e.id);
        e.children.add(new EntitlementChild(e.children.size(), childId, child.birthDate(), from.month()));
        revision.seikyuYmd = claimDate;
        revision.kaiteiYm = from.month().atDay(1);
        revision.konkyo = from.reason();
        e.log(
                "額改定（増額）",
                revision.jiyuYmd,
                "児童（" + childId + "）を" + from.month() + "分から対象児童とする。" + from.reason(),
                CurrentStaff.actor(),
                now);
        audit.record(AuditEntry.success(BUSINESS, "児童扶養手当の額改定", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildRearingAllowanceRevised(
                EventEnvelope.of(now, revision.jiyuYmd, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                "zogaku",
                childId,
                from.month().toString()));
    }

    /** A child leaves from the month after the event (第8条第3項); with no child left the 受給資格 is lost. */
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
                "児童（" + line.atenabango + "）を" + from.month() + "分から対象児童としない。" + from.reason(),
                actor,
                now);
        audit.record(AuditEntry.success(BUSINESS, "児童扶養手当の額改定", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildRearingAllowanceRevised(
                EventEnvelope.of(now, eventDate, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                "gengaku",
                line.atenabango,
                from.month().toString()));
        if (e.openChildren().isEmpty()) {
            end(e, "JIDO_FUZAI", eventDate, "対象児童がいなくなったため", actor, now);
        }
    }

    // ------------------------------------------------------------------------------------------------- 資格喪失

    @Transactional
    Entitlement lose(UUID id, LossRequest request, @Nullable String ifMatch) {
        Entitlement e = lock(id, ifMatch);
        requireGranted(e, "jiyu");
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

    /** 資格喪失: paid through the month of the event (第7条第1項). */
    void end(Entitlement e, String reason, LocalDate date, String text, String actor, Instant now) {
        EffectiveMonth last = months.end(date);
        e.jotai = Entitlement.Status.SOSHITSU.name();
        e.soshitsuJiyu = reason;
        e.soshitsuYmd = date;
        e.shuryoYm = last.month().atDay(1);
        e.log("資格喪失", date, "受給資格を喪失（" + text + "）。" + last.reason(), actor, now);
        audit.record(AuditEntry.success(BUSINESS, "児童扶養手当の資格喪失", e.jukyushaAtenabango, "UPDATE"));
        events.publishEvent(new ChildRearingAllowanceEnded(
                EventEnvelope.of(now, date, residents.restricted(e.jukyushaAtenabango)),
                e.id,
                e.jukyushaAtenabango,
                last.month().toString(),
                reason.toLowerCase(Locale.ROOT)));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private Entitlement find(UUID id) {
        return entitlements.findById(id).orElseThrow(() -> ProblemException.notFound("受給資格「" + id + "」は見つかりません。"));
    }

    private Entitlement lock(UUID id, @Nullable String ifMatch) {
        Entitlement e = entitlements.lock(id).orElseThrow(() -> ProblemException.notFound("受給資格「" + id + "」は見つかりません。"));
        EntityTags.requireMatch(ifMatch, e.version);
        return e;
    }

    private static void requireGranted(Entitlement e, String field) {
        if (!e.is(Entitlement.Status.NINTEI)) {
            throw RequestDates.unprocessable("not-granted", field, "支給中（認定済み）の受給資格ではありません（状態: " + e.jotai + "）。");
        }
    }
}
