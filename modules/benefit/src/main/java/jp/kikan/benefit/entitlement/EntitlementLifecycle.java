package jp.kikan.benefit.entitlement;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.ResidentSnapshot;
import jp.kikan.residentregistry.events.BirthRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps every 受給資格 law takes alike, over its {@link EntitlementLaw}: finding and locking a 受給資格 (with its
 * ETag), the reads with their audit, 認定 and 却下, 額改定 (made, proposed on a birth, confirmed or withdrawn), the end
 * (on request, when no child is left, on the registry's 転出 and 死亡), each with its history entry, audit record and
 * event. A law module's process classes (one per 手続) run in their transaction and call these steps; the law's own
 * rules (who is a child, its months, its 所得) stay in the law module.
 *
 * <p>Not a bean by itself: each law module declares one for its law. The steps a controller may call alone (the
 * reads, 認定・却下, 額改定, the end on request) run in a transaction, joining the caller's where there is one; the
 * reactions to the registry run only in the event inbox's.
 *
 * @param <E> the law's 受給資格
 * @param <C> its child line
 * @param <R> its 額改定
 */
public class EntitlementLifecycle<
        E extends EntitlementRecord<C, R, ?, ?>, C extends ChildRecord, R extends RevisionRecord> {

    /** A 額改定 proposal waiting for the clerk, with its 受給者. */
    public record Proposal<R>(R revision, String recipient) {}

    /** 認定 ({@code grant}) or 却下 with its reason, decided on {@code date}. */
    public record Decision(
            boolean grant, LocalDate date, @Nullable String rejectionReason) {}

    /**
     * A 額改定 the clerk makes: {@code kind} for the law's {@code reason}, which occurred on {@code eventDate}, of
     * {@code child}; an increase needs its 額改定請求日 ({@code claimDate}).
     */
    public record Change(
            RevisionRecord.Kind kind,
            String reason,
            LocalDate eventDate,
            String child,
            @Nullable LocalDate claimDate) {}

    /** The clerk's answer to a proposal: withdrawn (with an optional reason), or confirmed on a 額改定請求 of a date. */
    public record ProposalAnswer(
            boolean withdraw,
            @Nullable String reason,
            @Nullable LocalDate claimDate) {}

    /** The end the clerk records: the law's {@code reason}, the day it occurred, and an optional note. */
    public record Ending(
            String reason, LocalDate date, @Nullable String note) {}

    /** A month's amount of a 受給資格 as the law computes it, and whether the month is within its 支給期間. */
    public record MonthRead<A>(A amount, boolean inPeriod) {}

    /** How the law admits a child to a 受給資格 on an increase: whom it looks up, and the checks and line it makes. */
    public interface ChildEntry<E, C> {

        /**
         * Whether the child must be a resident on the 額改定請求日 (the default); otherwise anyone in the registry, 除票
         * too (a child counted for the rank only may live elsewhere).
         */
        default boolean resident() {
            return true;
        }

        /** The child's line counted from {@code from}, after the law's checks (422 naming {@code field}). */
        C enter(E entitlement, String field, ResidentSnapshot child, YearMonth from);
    }

    private final EntitlementLaw<E, C, R> law;
    private final EntitlementRepository<E> entitlements;
    private final Residents residents;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public EntitlementLifecycle(EntitlementLaw<E, C, R> law, EntitlementSupport support) {
        this.law = law;
        this.entitlements = law.entitlements();
        this.residents = support.residents;
        this.entityManager = support.entityManager;
        this.audit = support.audit;
        this.events = support.events;
    }

    /** The law's consumer name in the event inbox. */
    public String consumer() {
        return law.consumer();
    }

    public Business business() {
        return law.business();
    }

    // ------------------------------------------------------------------------------------------------- access

    /** The 受給資格, or 404. */
    public E find(UUID id) {
        return entitlements.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The 受給資格 locked for a change, if its ETag is {@code ifMatch} (404, 412 or 428 otherwise). */
    public E lock(UUID id, @Nullable String ifMatch) {
        E e = entitlements.lock(id).orElseThrow(() -> notFound(id));
        EntityTags.requireMatch(ifMatch, e.version());
        return e;
    }

    /** 422 naming {@code field} unless the 受給資格 is granted (支給中). */
    public void requireGranted(E e, String field) {
        if (!e.is(Phase.GRANTED)) {
            throw Refusal.of("not-granted", field, "支給中（認定済み）の受給資格ではありません（状態: " + e.statusCode() + "）。");
        }
    }

    /** The envelope of an event about {@code e} that takes effect on {@code date}, with the 受給者's DV restriction. */
    public EventEnvelope envelope(E e, LocalDate date, Instant now) {
        return EventEnvelope.of(now, date, residents.restricted(e.recipient()));
    }

    /** Records the law's own change to {@code e} ({@code action}, e.g. 「現況届の受理」) in the audit log. */
    public void audited(E e, String action) {
        audit.record(AuditEntry.success(law.business(), action, e.recipient(), "UPDATE"));
    }

    // ------------------------------------------------------------------------------------------------- reads

    /** The 受給資格, its reading audited. */
    @Transactional(readOnly = true)
    public E get(UUID id) {
        E e = find(id);
        audit.record(AuditEntry.success(law.business(), "受給資格の照会", e.recipient(), "READ"));
        return e;
    }

    /** 受給資格 of (or with a child) {@code atenabango} and in {@code phase}, both optional; newest first. */
    @Transactional(readOnly = true)
    public List<E> search(@Nullable String atenabango, @Nullable Phase phase, int size) {
        List<E> found = entitlements.search(atenabango, phase, PageRequest.of(0, size));
        audit.record(new AuditEntry(
                law.business(), "受給資格の検索", atenabango, "SEARCH", AuditEntry.Outcome.SUCCESS, "hits=" + found.size()));
        return found;
    }

    /** Audits the reading of a month's amount of {@code e}. */
    public void amountRead(E e) {
        audit.record(AuditEntry.success(law.business(), "月額の照会", e.recipient(), "READ"));
    }

    /** The amount of {@code month} of the 受給資格 as the law's {@code amount} computes it, its reading audited. */
    @Transactional(readOnly = true)
    public <A> MonthRead<A> amount(UUID id, YearMonth month, BiFunction<E, YearMonth, A> amount) {
        E e = find(id);
        A computed = amount.apply(e, month);
        amountRead(e);
        return new MonthRead<>(computed, e.paysFor(month));
    }

    /** How many 認定請求 wait for a decision in the current 団体 (a count for the start page: no person read, no audit). */
    @Transactional(readOnly = true)
    public long claimsWaiting() {
        return entitlements.countInPhase(Phase.CLAIMED);
    }

    /** How many 額改定 proposals wait for the clerk in the current 団体 (a count: no person read, no audit). */
    @Transactional(readOnly = true)
    public long proposalsWaiting() {
        return entitlements.countRevisionsIn(RevisionRecord.State.TEIAN);
    }

    /** The 額改定 proposals waiting for the clerk, oldest first. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Proposal<R>> proposals(int size) {
        List<Proposal<R>> out = new ArrayList<>();
        for (Object[] row : entitlements.pendingProposals(PageRequest.of(0, size))) {
            out.add(new Proposal<>((R) row[0], (String) row[1]));
        }
        audit.record(new AuditEntry(
                law.business(), "額改定の提案の一覧", null, "SEARCH", AuditEntry.Outcome.SUCCESS, "hits=" + out.size()));
        return out;
    }

    // ------------------------------------------------------------------------------------------------- 認定請求

    /**
     * The opening checks of a 認定請求 on {@code claimDate}: the 受給者 {@code recipient} is a resident on that day (404
     * or 422 naming {@code jukyusha_atenabango}), has no 受給資格 claimed or granted (409), and the children
     * ({@code jido[i]}) are each named once and not the 受給者 (400, 422). Returns the 受給者 as of the claim.
     */
    public ResidentSnapshot claimant(String recipient, List<String> children, LocalDate claimDate) {
        ResidentSnapshot claimant = residents.resident("jukyusha_atenabango", recipient, claimDate);
        requireNoActive(recipient);
        requireDistinctChildren(children, recipient);
        return claimant;
    }

    /** 409 if the 受給者 already has a 受給資格 claimed or granted. */
    public void requireNoActive(String recipient) {
        if (entitlements.findActive(recipient).isPresent()) {
            throw ProblemException.conflict("entitlement-exists", "宛名番号「" + recipient + "」の受給者には認定請求中又は支給中の受給資格があります。");
        }
    }

    /** The children of a 認定請求 ({@code jido[i]}): none twice, and not the 受給者. */
    public void requireDistinctChildren(List<String> children, String recipient) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            String field = "jido[" + i + "].atenabango";
            if (!seen.add(children.get(i))) {
                throw ProblemException.invalid(
                        "同じ児童が二度指定されています。", new InvalidParam(field, "duplicate", "同じ宛名番号が重複しています。"));
            }
            if (children.get(i).equals(recipient)) {
                throw Refusal.of("recipient-as-child", field, "受給者本人を児童として指定することはできません。");
            }
        }
    }

    /**
     * A child of a 認定請求 or 額改定 on {@code date} (404 or 422 naming {@code field}): a resident then, or, where
     * {@code resident} is false, anyone in the registry (除票 too).
     */
    public ResidentSnapshot child(String field, String child, LocalDate date, boolean resident) {
        return resident ? residents.resident(field, child, date) : residents.person(field, child, date);
    }

    /**
     * 422 {@code child-already-supported} naming {@code field} if {@code child} {@code counts} on another claimed or
     * granted 受給資格 than {@code self} (the law's words: {@code child.counted-elsewhere}).
     */
    public void requireNotCountedElsewhere(String field, String child, UUID self, Predicate<C> counts) {
        countedElsewhere(child, self, counts).ifPresent(other -> {
            throw Refusal.of("child-already-supported", field, law.wording().countedElsewhere(other.recipient()));
        });
    }

    /** Another claimed or granted 受給資格 on which {@code child} {@code counts}, other than {@code self}. */
    public Optional<E> countedElsewhere(String child, UUID self, Predicate<C> counts) {
        return entitlements.findActiveWithChild(child).stream()
                .filter(other -> !other.id().equals(self)
                        && other.openChildren().stream()
                                .anyMatch(c -> c.atenabango().equals(child) && counts.test(c)))
                .findFirst();
    }

    /** Stores a new 受給資格 (its 認定請求 logged by the law) and audits it. */
    public E claimed(E e) {
        entityManager.persist(e);
        audit.record(
                AuditEntry.success(law.business(), law.business().japaneseName() + "の認定請求", e.recipient(), "CREATE"));
        return e;
    }

    // ------------------------------------------------------------------------------------------------- 認定・却下

    /**
     * 認定 or 却下 of a claimed 受給資格. Before a 認定, {@code beforeGrant} runs the law's checks (422 if the first
     * month cannot be computed) and returns what the history adds about the amount (e.g. 「（全部支給 月額…）」, or "").
     */
    @Transactional
    public E decide(UUID id, Decision decision, @Nullable String ifMatch, Function<E, String> beforeGrant) {
        E e = lock(id, ifMatch);
        if (!e.is(Phase.CLAIMED)) {
            throw Refusal.of("already-decided", "kekka", "この認定請求は既に処理されています（状態: " + e.statusCode() + "）。");
        }
        LocalDate date = decision.date();
        if (date.isBefore(e.claimDate())) {
            throw Refusal.of("before-claim", "ketteiymd", "決定日が認定請求日（" + e.claimDate() + "）より前です。");
        }
        Instant now = Instant.now();
        String title = law.business().japaneseName();
        if (!decision.grant()) {
            String reason = decision.rejectionReason();
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalid(
                        "却下の理由を入力してください。", new InvalidParam("kyakka_riyu", "required", "却下には理由が必要です。"));
            }
            e.reject(date, reason.strip(), CurrentStaff.actor(), now);
            audited(e, title + "の却下");
            return e;
        }
        String amount = beforeGrant.apply(e);
        e.grant(date, "受給資格を認定。" + e.start() + "分から支給" + amount + "。", CurrentStaff.actor(), now);
        audited(e, title + "の認定");
        events.publishEvent(law.events()
                .granted()
                .of(envelope(e, date, now), e.id(), e.recipient(), e.start().toString()));
        return e;
    }

    // ------------------------------------------------------------------------------------------------- 額改定

    /** A 額改定 the clerk makes on a 額改定請求 (増額) or 額改定届 (減額); {@code grantedField} names a refusal. */
    @Transactional
    public E revise(UUID id, Change change, @Nullable String ifMatch, String grantedField, ChildEntry<E, C> entry) {
        E e = lock(id, ifMatch);
        requireGranted(e, grantedField);
        boolean increase = change.kind() == RevisionRecord.Kind.ZOGAKU;
        RevisionRecord.Kind direction = law.direction(change.reason());
        if (direction != null && direction != change.kind()) {
            throw Refusal.of(
                    "reason-does-not-fit",
                    "jiyu",
                    "事由（" + change.reason().toLowerCase(Locale.ROOT) + "）は" + (increase ? "増額" : "減額") + "の事由ではありません。");
        }
        Instant now = Instant.now();
        R revision =
                law.revisions().create(change.kind(), change.reason(), change.eventDate(), change.child(), null, now);
        if (increase) {
            LocalDate claimDate = change.claimDate();
            if (claimDate == null) {
                throw ProblemException.invalid(
                        "額改定請求日を入力してください。", new InvalidParam("seikyu_ymd", "required", "増額の改定には額改定請求日が必要です。"));
            }
            e.addRevision(revision);
            increase(e, revision, claimDate, "jido_atenabango", entry, now);
        } else {
            C line = e.openChild(change.child())
                    .orElseThrow(() -> Refusal.of(
                            "not-on-entitlement",
                            "jido_atenabango",
                            law.wording().notCounted(change.child())));
            e.addRevision(revision);
            decrease(
                    e,
                    line,
                    revision,
                    change.eventDate(),
                    law.wording().reason(change.reason()),
                    CurrentStaff.actor(),
                    now);
        }
        return e;
    }

    /** A proposal confirmed (on a 額改定請求 of its date) or withdrawn by the clerk. */
    @Transactional
    public E answer(
            UUID id,
            UUID revisionId,
            ProposalAnswer answer,
            @Nullable String ifMatch,
            String grantedField,
            ChildEntry<E, C> entry) {
        E e = lock(id, ifMatch);
        R revision = e.revision(revisionId)
                .orElseThrow(() -> ProblemException.notFound("額改定「" + revisionId + "」はこの受給資格にありません。"));
        if (revision.state() != RevisionRecord.State.TEIAN) {
            throw Refusal.of("not-a-proposal", "kekka", "この額改定は既に処理されています（" + revision.state() + "）。");
        }
        Instant now = Instant.now();
        if (answer.withdraw()) {
            String reason = answer.reason();
            e.withdraw(revision, reason);
            e.log(
                    "額改定の提案の取下げ",
                    revision.eventDate(),
                    "児童（" + revision.child() + "）の額改定の提案を取り下げ。" + (reason == null ? "" : "理由: " + reason),
                    CurrentStaff.actor(),
                    now);
            audited(e, "額改定の提案の取下げ");
            return e;
        }
        requireGranted(e, grantedField);
        if (revision.kind() == RevisionRecord.Kind.GENGAKU) {
            confirmDecrease(e, revision, now);
            return e;
        }
        LocalDate claimDate = answer.claimDate();
        if (claimDate == null) {
            throw ProblemException.invalid(
                    "額改定請求日を入力してください。", new InvalidParam("seikyu_ymd", "required", "確定には額改定請求日が必要です。"));
        }
        e.confirm(revision);
        increase(e, revision, claimDate, "kekka", entry, now);
        return e;
    }

    /**
     * A proposed 減額 (a child no longer counted) or 資格喪失 (the proposal names the 受給者, not a child) confirmed: it
     * takes effect from the month the law gives after its 事由の生じた日, which needs no 請求.
     */
    private void confirmDecrease(E e, R revision, Instant now) {
        String actor = CurrentStaff.actor();
        String why = law.wording().reason(revision.reason()) + "（提案の確定）";
        Optional<C> line = e.openChild(revision.child());
        if (line.isPresent()) {
            e.confirm(revision);
            decrease(e, line.get(), revision, revision.eventDate(), why, actor, now);
            return;
        }
        if (!revision.child().equals(e.recipient())) {
            throw Refusal.of("not-on-entitlement", "kekka", law.wording().notCounted(revision.child()));
        }
        e.confirm(revision);
        Effective last = law.end(revision.eventDate());
        e.settle(revision, null, new Effective(last.month().plusMonths(1), last.reason()));
        end(e, revision.reason(), revision.eventDate(), why, actor, now);
    }

    /** Counts the child of an increase from the month the law gives. */
    private void increase(E e, R revision, LocalDate claimDate, String field, ChildEntry<E, C> entry, Instant now) {
        String childId = revision.child();
        if (claimDate.isBefore(revision.eventDate())) {
            throw Refusal.of("claim-before-event", "seikyu_ymd", "額改定請求日が事由の生じた日（" + revision.eventDate() + "）より前です。");
        }
        if (e.openChild(childId).isPresent()) {
            throw Refusal.of("already-on-entitlement", field, law.wording().alreadyCounted(childId));
        }
        ResidentSnapshot child = child(field, childId, claimDate, entry.resident());
        Effective from = law.increase(claimDate, revision, child);
        YearMonth end = e.end();
        if (end != null && from.month().isAfter(end)) {
            throw Refusal.of("after-end", "seikyu_ymd", "改定月（" + from.month() + "）が支給の終わり（" + end + "）より後です。");
        }
        e.addChild(entry.enter(e, field, child, from.month()));
        e.settle(revision, claimDate, from);
        e.log("額改定（増額）", revision.eventDate(), law.wording().counted(childId, from), CurrentStaff.actor(), now);
        audited(e, law.business().japaneseName() + "の額改定");
        revised(e, revision.eventDate(), RevisionRecord.Kind.ZOGAKU, childId, from, now);
    }

    /** A child no longer counted after an event; with no child left to pay for, the 受給資格 ends. */
    private void decrease(E e, C line, R revision, LocalDate eventDate, String reason, String actor, Instant now) {
        Effective from = law.decrease(eventDate);
        e.stopCounting(line, from.month().minusMonths(1), reason);
        e.settle(revision, null, from);
        e.log("額改定（減額）", eventDate, law.wording().uncounted(line.atenabango(), from), actor, now);
        audited(e, law.business().japaneseName() + "の額改定");
        revised(e, eventDate, RevisionRecord.Kind.GENGAKU, line.atenabango(), from, now);
        if (!law.paysForAChild(e)) {
            String noChild = law.noChildReason();
            end(e, noChild, eventDate, law.wording().reason(noChild) + "ため", actor, now);
        }
    }

    // ------------------------------------------------------------------------------------------------- end

    /** The end the clerk records (消滅届, 資格喪失届) for the law's {@code reason}, with an optional note. */
    @Transactional
    public E endOnRequest(UUID id, Ending ending, @Nullable String ifMatch, String grantedField) {
        E e = lock(id, ifMatch);
        requireGranted(e, grantedField);
        String note = ending.note();
        String why = law.wording().reason(ending.reason()) + (note == null ? "" : "（" + note + "）");
        end(e, ending.reason(), ending.date(), why, CurrentStaff.actor(), Instant.now());
        return e;
    }

    /** The end after an event on {@code date}: paid through the month the law gives. */
    private void end(E e, String reason, LocalDate date, String why, String actor, Instant now) {
        Effective last = law.end(date);
        e.end(reason, date, last, law.wording().endName(), law.wording().endText(why, last), actor, now);
        audited(e, law.business().japaneseName() + "の" + law.wording().endName());
        events.publishEvent(law.events()
                .ended()
                .of(
                        envelope(e, date, now),
                        e.id(),
                        e.recipient(),
                        last.month().toString(),
                        reason.toLowerCase(Locale.ROOT)));
    }

    private void revised(E e, LocalDate date, RevisionRecord.Kind kind, String child, Effective from, Instant now) {
        events.publishEvent(law.events()
                .revised()
                .of(
                        envelope(e, date, now),
                        e.id(),
                        e.recipient(),
                        kind.name().toLowerCase(Locale.ROOT),
                        child,
                        from.month().toString()));
    }

    // ------------------------------------------------------------------------------------------------- the registry

    /**
     * Proposes, for the clerk to confirm or withdraw, a 減額 for {@code child} or — where {@code child} is the 受給者 — the
     * end of the 受給資格, for the law's {@code reason} that occurred on {@code date} ({@code source}: the registry event,
     * or {@code null} for a proposal the law raises itself); {@code text} says why, for the history. Nothing is proposed
     * twice: a proposal of the same 事由 for the same person still waiting is kept. Returns whether one was made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean proposeDecrease(
            E e, String child, String reason, LocalDate date, @Nullable UUID source, String text) {
        if (!e.is(Phase.GRANTED)) {
            return false;
        }
        boolean waiting = e.revisions().stream()
                .anyMatch(r -> r.state() == RevisionRecord.State.TEIAN
                        && r.kind() == RevisionRecord.Kind.GENGAKU
                        && r.child().equals(child)
                        && r.reason().equals(reason));
        if (waiting || (!child.equals(e.recipient()) && e.openChild(child).isEmpty())) {
            return false;
        }
        Instant now = Instant.now();
        e.addRevision(law.revisions().proposal(RevisionRecord.Kind.GENGAKU, reason, date, child, source, now));
        e.log(child.equals(e.recipient()) ? "資格喪失の提案" : "額改定の提案", date, text, CurrentStaff.actor(), now);
        audit.record(AuditEntry.success(
                law.business(),
                (child.equals(e.recipient()) ? "資格喪失" : "減額") + "の提案（"
                        + law.wording().reason(reason) + "）",
                e.recipient(),
                "CREATE"));
        return true;
    }

    /** The granted 受給資格 of these 受給者, each locked for a change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<E> grantedOf(List<String> recipients) {
        List<E> out = new ArrayList<>();
        for (E found : entitlements.findGrantedOf(recipients)) {
            out.add(entitlements.lock(found.id()).orElse(found));
        }
        return out;
    }

    /** The residents of a household on {@code date}. */
    public List<ResidentSnapshot> household(String setaibango, LocalDate date) {
        return residents.household(setaibango, date);
    }

    /**
     * 出生 in the household of a 受給者: a 額改定 is <em>proposed</em>, not made, since the increase counts from the
     * 額改定請求 and waits for the clerk to record it and its date.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void birth(BirthRecorded event) {
        List<String> household = residents.household(event.setaibango(), event.birthDate()).stream()
                .map(ResidentSnapshot::atenabango)
                .filter(a -> !a.equals(event.atenabango()))
                .toList();
        if (household.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (E found : entitlements.findGrantedOf(household)) {
            E e = entitlements.lock(found.id()).orElse(found);
            if (e.knows(event.atenabango())) {
                continue;
            }
            e.addRevision(law.revisions()
                    .create(
                            RevisionRecord.Kind.ZOGAKU,
                            "SHUSSEI",
                            event.birthDate(),
                            event.atenabango(),
                            event.eventId(),
                            now));
            e.log(
                    "額改定の提案",
                    event.birthDate(),
                    law.wording().birthProposal(event.atenabango()),
                    CurrentStaff.actor(),
                    now);
            audit.record(AuditEntry.success(law.business(), "出生による額改定の提案", e.recipient(), "CREATE"));
        }
    }

    /**
     * The person left the municipality ({@code TENSHUTSU}) or died ({@code SHIBO}) on {@code date}: a 受給者's
     * 受給資格 ends, paid through the month the law gives; a child who died is no longer counted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void gone(String atenabango, LocalDate date, String reason) {
        Instant now = Instant.now();
        String actor = CurrentStaff.actor();
        entitlements
                .findActive(atenabango)
                .flatMap(found -> entitlements.lock(found.id()))
                .filter(e -> e.is(Phase.GRANTED))
                .ifPresent(e -> end(e, reason, date, "受給者の" + law.wording().reason(reason) + "（住民記録による）", actor, now));
        if (!reason.equals("SHIBO")) {
            return;
        }
        for (E found : entitlements.findActiveWithChild(atenabango)) {
            E e = entitlements.lock(found.id()).orElse(found);
            if (!e.is(Phase.GRANTED)) {
                continue;
            }
            e.openChild(atenabango).ifPresent(line -> {
                R revision = law.revisions().create(RevisionRecord.Kind.GENGAKU, "SHIBO", date, atenabango, null, now);
                e.addRevision(revision);
                decrease(e, line, revision, date, "死亡（住民記録による）", actor, now);
            });
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("受給資格「" + id + "」は見つかりません。");
    }
}
