package jp.kikan.benefit.entitlement;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.platform.tenant.TenantRow;
import org.jspecify.annotations.Nullable;

/**
 * 額改定 of a 受給資格: a child added (増額) or leaving (減額), made ({@link State#KAKUTEI}) on a 額改定請求 or 額改定届,
 * or proposed ({@link State#TEIAN}) from a registry event and confirmed or withdrawn by the clerk. The 事由 is the law's
 * own code. A law maps it to its own table with an entity subclass.
 */
@MappedSuperclass
public abstract class RevisionRecord extends TenantRow {

    /** 区分. */
    public enum Kind {
        /** 増額. */
        ZOGAKU,
        /** 減額. */
        GENGAKU
    }

    /** 状態 of the 額改定. */
    public enum State {
        /** 提案: proposed from a registry event, waiting for the clerk. */
        TEIAN,
        /** 確定. */
        KAKUTEI,
        /** 取下げ: the proposal was withdrawn. */
        TORISAGE
    }

    /**
     * How a law makes its 額改定: its entity's constructor ({@code Revision::new}) gives an empty one of its table, which
     * the kit fills.
     */
    @FunctionalInterface
    public interface Factory<R extends RevisionRecord> {

        /** An empty 額改定 of the law's table. */
        R empty();

        /**
         * A 額改定 of {@code child} for {@code reason} (the law's 事由 code) that occurred on {@code eventDate}: made now
         * ({@code source} {@code null}), or proposed from the registry event {@code source}.
         */
        default R create(
                Kind kind, String reason, LocalDate eventDate, String child, @Nullable UUID source, Instant now) {
            R revision = empty();
            revision.fill(kind, reason, eventDate, child, source, now);
            return revision;
        }

        /**
         * A 額改定 of {@code child} proposed ({@link State#TEIAN}) for the clerk, from the registry event {@code source}
         * or, where {@code null}, raised by the law itself (a child reaching the age the law counts to).
         */
        default R proposal(
                Kind kind, String reason, LocalDate eventDate, String child, @Nullable UUID source, Instant now) {
            R revision = empty();
            revision.fill(kind, reason, eventDate, child, source, now);
            revision.jotai = State.TEIAN;
            return revision;
        }
    }

    @Column(name = "entitlement_id", insertable = false, updatable = false)
    @Nullable
    UUID entitlementId;

    @Enumerated(EnumType.STRING)
    Kind kubun = Kind.ZOGAKU;

    @Enumerated(EnumType.STRING)
    State jotai = State.TEIAN;

    String jiyu = "";
    LocalDate jiyuYmd = LocalDate.EPOCH;
    String jidoAtenabango = "";

    @Nullable
    LocalDate seikyuYmd;

    @Nullable
    LocalDate kaiteiYm;

    @Nullable
    String konkyo;

    @Nullable
    String riyu;

    @Nullable
    UUID sourceEventId;

    Instant createdAt = Instant.EPOCH;

    protected RevisionRecord() {}

    void fill(Kind kind, String reason, LocalDate eventDate, String child, @Nullable UUID source, Instant now) {
        this.kubun = kind;
        this.jotai = source == null ? State.KAKUTEI : State.TEIAN;
        this.jiyu = reason;
        this.jiyuYmd = eventDate;
        this.jidoAtenabango = child;
        this.sourceEventId = source;
        this.createdAt = now;
    }

    /** The 受給資格 it belongs to (set once stored). */
    public @Nullable UUID entitlementId() {
        return entitlementId;
    }

    public Kind kind() {
        return kubun;
    }

    public State state() {
        return jotai;
    }

    /** 事由: the law's code. */
    public String reason() {
        return jiyu;
    }

    /** 事由の生じた日. */
    public LocalDate eventDate() {
        return jiyuYmd;
    }

    /** 宛名番号 of the child. */
    public String child() {
        return jidoAtenabango;
    }

    /** 額改定請求日, once the 請求 is recorded. */
    public @Nullable LocalDate claimDate() {
        return seikyuYmd;
    }

    /** 改定月: the first month at the new amount, once known. */
    public @Nullable YearMonth revisedFrom() {
        return kaiteiYm == null ? null : YearMonth.from(kaiteiYm);
    }

    /** The rule that gives the 改定月. */
    public @Nullable String basis() {
        return konkyo;
    }

    /** Why the proposal was withdrawn. */
    public @Nullable String withdrawalReason() {
        return riyu;
    }

    /** The registry event a proposal came from. */
    public @Nullable UUID sourceEvent() {
        return sourceEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The proposal is confirmed: the 額改定請求 was received. */
    void confirm() {
        requireProposal();
        jotai = State.KAKUTEI;
    }

    /** The proposal is withdrawn by the clerk. */
    void withdraw(@Nullable String reason) {
        requireProposal();
        jotai = State.TORISAGE;
        riyu = reason;
    }

    /** The 改定月 and its rule, with the 額改定請求日 where an increase has one. */
    void settle(@Nullable LocalDate claimDate, Effective from) {
        if (jotai != State.KAKUTEI) {
            throw new IllegalStateException("only a made 額改定 takes effect: " + jotai);
        }
        if (claimDate != null) {
            seikyuYmd = claimDate;
        }
        kaiteiYm = from.month().atDay(1);
        konkyo = from.reason();
    }

    private void requireProposal() {
        if (jotai != State.TEIAN) {
            throw new IllegalStateException("not a proposal: " + jotai);
        }
    }
}
