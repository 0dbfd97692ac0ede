package jp.kikan.benefit.entitlement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.platform.tenant.TenantRow;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * 受給資格: one 受給者's entitlement under a law from the 認定請求 to its end, with its children over months, its 額改定
 * and the history of every step. The aggregate guards its life: its {@link Phase} moves only through
 * {@link #grant}, {@link #reject} and {@link #end}, children and 額改定 are added through it, and every change adds a
 * history entry and moves its version (the ETag) on. Months are stored as their first day.
 *
 * <p>A law's entity extends it with its table, its {@link PhaseCodes} ({@code @Convert(attributeName = "phase", …)}),
 * the columns of its end ({@code @AttributeOverride} of {@code endReason} and {@code endDate}) and what else its law
 * records. The collections are mapped here over the law's entity types (the type arguments), each joined by its
 * table's {@code entitlement_id}; the aggregate is loaded whole (they are small), so it can be read after its
 * transaction.
 *
 * @param <C> the law's child line
 * @param <R> the law's 額改定
 * @param <S> the law's 現況届
 * @param <H> the law's history entry
 */
@MappedSuperclass
public abstract class EntitlementRecord<
                C extends ChildRecord, R extends RevisionRecord, S extends StatusReportRecord, H extends HistoryRecord>
        extends TenantRow {

    String jukyushaAtenabango = "";
    String setaibango = "";
    LocalDate seikyuYmd = LocalDate.EPOCH;

    @Column(name = "jotai")
    Phase phase = Phase.CLAIMED;

    LocalDate kaishiYm = LocalDate.EPOCH;
    String kaishiKonkyo = "";

    @Nullable
    LocalDate ninteiYmd;

    @Nullable
    String kyakkaRiyu;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    String endReason;

    @Nullable
    LocalDate endDate;

    @Version
    long version;

    Instant createdAt = Instant.EPOCH;
    Instant updatedAt = Instant.EPOCH;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    List<C> children = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("createdAt")
    List<R> revisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("nendo")
    List<S> statusReports = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("seq")
    List<H> history = new ArrayList<>();

    /**
     * What the law's entity gives its kit part: the codes its 状態 is stored and shown under and how it makes its history
     * entries and 現況届 ({@code new Parts<>(new PhaseCodes.Extinction(), HistoryEntry::new, StatusReport::new)}).
     */
    public record Parts<S extends StatusReportRecord, H extends HistoryRecord>(
            PhaseCodes codes, HistoryRecord.Factory<H> history, StatusReportRecord.Factory<S> statusReports) {}

    @Transient
    private final Parts<S, H> parts;

    /** For JPA: the law's entity passes its parts. */
    protected EntitlementRecord(Parts<S, H> parts) {
        this.parts = parts;
    }

    /** A 認定請求 of {@code recipient} received on {@code claimDate}, paid from {@code start} once granted. */
    protected EntitlementRecord(
            Parts<S, H> parts, String recipient, String household, LocalDate claimDate, Effective start, Instant now) {
        this.parts = parts;
        this.jukyushaAtenabango = recipient;
        this.setaibango = household;
        this.seikyuYmd = claimDate;
        this.kaishiYm = start.month().atDay(1);
        this.kaishiKonkyo = start.reason();
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ------------------------------------------------------------------------------------------------- reads

    /** 宛名番号 of the 受給者. */
    public String recipient() {
        return jukyushaAtenabango;
    }

    /** 世帯番号 of the 受給者 at the 認定請求. */
    public String household() {
        return setaibango;
    }

    /** 認定請求日. */
    public LocalDate claimDate() {
        return seikyuYmd;
    }

    public Phase phase() {
        return phase;
    }

    public boolean is(Phase p) {
        return phase == p;
    }

    /** 状態 as the law names it (SHINSEI, NINTEI, KYAKKA, SHOMETSU …). */
    public String statusCode() {
        return parts.codes().code(phase);
    }

    /** 支給開始月. */
    public YearMonth start() {
        return YearMonth.from(kaishiYm);
    }

    /** The rule that gives the 支給開始月. */
    public String startReason() {
        return kaishiKonkyo;
    }

    /** 認定日, once granted. */
    public @Nullable LocalDate grantedOn() {
        return ninteiYmd;
    }

    /** 却下の理由. */
    public @Nullable String rejectionReason() {
        return kyakkaRiyu;
    }

    /** The last month paid, once ended. */
    public @Nullable YearMonth end() {
        return shuryoYm == null ? null : YearMonth.from(shuryoYm);
    }

    /** 消滅事由 / 喪失事由: the law's code of why it ended. */
    public @Nullable String endReason() {
        return endReason;
    }

    /** The date of the event that ended it. */
    public @Nullable LocalDate endDate() {
        return endDate;
    }

    /** The version the ETag is made of. */
    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<C> children() {
        return Collections.unmodifiableList(children);
    }

    /** The children counted now (no last month). */
    public List<C> openChildren() {
        return children.stream().filter(ChildRecord::isOpen).toList();
    }

    /** The open line of {@code atenabango}, if the child is counted now. */
    public Optional<C> openChild(String atenabango) {
        return children.stream()
                .filter(c -> c.isOpen() && c.atenabango().equals(atenabango))
                .findFirst();
    }

    public List<R> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    public Optional<R> revision(UUID revisionId) {
        return revisions.stream().filter(r -> r.id().equals(revisionId)).findFirst();
    }

    public List<H> history() {
        return Collections.unmodifiableList(history);
    }

    /** The 現況届 received, by year. */
    public List<S> statusReports() {
        return Collections.unmodifiableList(statusReports);
    }

    /** Whether the 現況届 of {@code year} is filed. */
    public boolean filedStatusReport(int year) {
        return statusReports.stream().anyMatch(r -> r.year() == year);
    }

    /** Whether the person is, or was, a child of this 受給資格 or of one of its 額改定. */
    public boolean knows(String atenabango) {
        return children.stream().anyMatch(c -> c.atenabango().equals(atenabango))
                || revisions.stream().anyMatch(r -> r.child().equals(atenabango));
    }

    /** Whether {@code month} is in the 支給期間 of a granted (or since ended) 受給資格. */
    public boolean paysFor(YearMonth month) {
        YearMonth end = end();
        return (phase == Phase.GRANTED || phase == Phase.ENDED)
                && !month.isBefore(start())
                && (end == null || !month.isAfter(end));
    }

    // ------------------------------------------------------------------------------------------------- changes

    /** Adds a history entry and marks the aggregate changed (so its version, the ETag, moves on). */
    public void log(String kind, @Nullable LocalDate eventDate, String text, String actor, Instant now) {
        history.add(parts.history().create(history.size() + 1, kind, eventDate, text, now, actor));
        updatedAt = now;
    }

    /** 認定 on {@code date}. */
    public void grant(LocalDate date, String text, String actor, Instant now) {
        require(Phase.CLAIMED);
        phase = Phase.GRANTED;
        ninteiYmd = date;
        log("認定", date, text, actor, now);
    }

    /** 却下 on {@code date} for {@code reason}. */
    public void reject(LocalDate date, String reason, String actor, Instant now) {
        require(Phase.CLAIMED);
        phase = Phase.REJECTED;
        kyakkaRiyu = reason;
        log("却下", date, "認定請求を却下。理由: " + reason, actor, now);
    }

    /**
     * The end ({@code kind}: 消滅, 資格喪失) for the law's {@code reason} after an event on {@code date}, paid through
     * {@code last}; {@code text} says it for the history.
     */
    public void end(
            String reason, LocalDate date, Effective last, String kind, String text, String actor, Instant now) {
        require(Phase.GRANTED);
        phase = Phase.ENDED;
        endReason = reason;
        endDate = date;
        shuryoYm = last.month().atDay(1);
        log(kind, date, text, actor, now);
    }

    /** Records the 現況届 of {@code year}, filed on {@code date}. */
    public void fileStatusReport(int year, LocalDate date) {
        if (filedStatusReport(year)) {
            throw new IllegalStateException("the 現況届 of " + year + " is filed already");
        }
        statusReports.add(parts.statusReports().create(year, date));
    }

    /** Counts a child from its line's first month (at a 認定請求 or an 増額). */
    public void addChild(C child) {
        if (openChild(child.atenabango()).isPresent()) {
            throw new IllegalStateException("the child " + child.atenabango() + " is already counted");
        }
        children.add(child);
    }

    /** The next position of a child line. */
    public int nextPosition() {
        return children.size();
    }

    /** Records a 額改定 (made or proposed). */
    public void addRevision(R revision) {
        revisions.add(revision);
    }

    /** Confirms a proposed 額改定. */
    public void confirm(R revision) {
        revision.confirm();
    }

    /** Withdraws a proposed 額改定 for {@code reason}. */
    public void withdraw(R revision, @Nullable String reason) {
        revision.withdraw(reason);
    }

    /** A made 額改定 takes effect from {@code from} (with its 額改定請求日 for an increase). */
    public void settle(R revision, @Nullable LocalDate claimDate, Effective from) {
        revision.settle(claimDate, from);
    }

    /** Stops counting {@code child} after {@code last}. */
    public void stopCounting(C child, YearMonth last, String reason) {
        child.end(last, reason);
    }

    private void require(Phase expected) {
        if (phase != expected) {
            throw new IllegalStateException("受給資格 " + id() + " is " + phase + ", not " + expected);
        }
    }
}
