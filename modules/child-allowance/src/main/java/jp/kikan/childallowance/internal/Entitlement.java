package jp.kikan.childallowance.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementRecord;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.benefit.entitlement.PhaseCodes;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.ChildSpan;
import jp.kikan.childallowance.domain.IncomeFacts;
import jp.kikan.childallowance.domain.Occurrence;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * 受給資格 of 児童手当 (児童手当法 第7条): one 受給者's entitlement from the 認定請求 to its 消滅, with its children over
 * months, its 額改定, 申出, 現況届 and the history of every step. The aggregate is loaded whole (its collections are
 * small), so it can be read after its transaction. Its life is the kit's ({@link EntitlementRecord}); what 児童手当 adds
 * is the 15日特例 of its start, the 所得 the 所得制限 of before 2024-10 reads, the 現況届 still asked of some, the
 * 未支払 請求 after the 受給者's death and the 申出.
 */
@Entity(name = "ChildAllowanceEntitlement")
@Table(schema = "child_allowance", name = "entitlement")
@Convert(attributeName = "phase", converter = PhaseCodes.Extinction.class)
@AttributeOverride(name = "endReason", column = @Column(name = "shometsu_jiyu"))
@AttributeOverride(name = "endDate", column = @Column(name = "shometsu_ymd"))
class Entitlement extends EntitlementRecord<EntitlementChild, Revision, StatusReport, HistoryEntry> {

    /** 状態 as this law stores and shows it. */
    static final PhaseCodes CODES = new PhaseCodes.Extinction();

    private static final Parts<StatusReport, HistoryEntry> PARTS =
            new Parts<>(CODES, HistoryEntry::new, StatusReport::new);

    /** 15日特例 (第8条第3項): the 転入 or 出生 that moved the 支給開始月. */
    @Nullable
    String tokureiJiyu;

    @Nullable
    LocalDate tokureiYmd;

    @Nullable
    String genkyoTodokeJiyu;

    @Nullable
    Long shotokugaku;

    @Nullable
    Integer fuyoShinzokutoSu;

    @Nullable
    Integer rojinFuyoShinzokutoSu;

    @Nullable
    String mishiharaiSeikyusha;

    @Nullable
    LocalDate mishiharaiSeikyuYmd;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("moshideYmd")
    List<Offer> offers = new ArrayList<>();

    protected Entitlement() {
        super(PARTS);
    }

    /**
     * A 認定請求 paid from {@code start} once granted; {@code special} is the 転入 or 出生 of the 15日特例 that moved
     * the start, if one did.
     */
    Entitlement(
            String recipient,
            String household,
            LocalDate claimDate,
            Effective start,
            @Nullable Occurrence special,
            @Nullable String statusReportReason,
            @Nullable Long income,
            @Nullable Integer dependants,
            @Nullable Integer elderlyDependants,
            Instant now) {
        super(PARTS, recipient, household, claimDate, start, now);
        if (special != null) {
            this.tokureiJiyu = special.kind() == Occurrence.Kind.MOVE_IN ? "TENNYU" : "SHUSSEI";
            this.tokureiYmd = special.date();
        }
        this.genkyoTodokeJiyu = statusReportReason;
        this.shotokugaku = income;
        this.fuyoShinzokutoSu = dependants;
        this.rojinFuyoShinzokutoSu = elderlyDependants;
    }

    /** The children as the domain sees them. */
    List<ChildSpan> spans() {
        return children().stream().map(EntitlementChild::span).toList();
    }

    IncomeFacts income() {
        return new IncomeFacts(
                shotokugaku, fuyoShinzokutoSu, rojinFuyoShinzokutoSu == null ? 0 : rojinFuyoShinzokutoSu);
    }

    /** Whether a 支給要件児童 is still counted. */
    boolean hasSupportedChild() {
        return openChildren().stream().anyMatch(c -> c.care() == Child.Care.SUPPORTED);
    }

    List<Offer> offers() {
        return Collections.unmodifiableList(offers);
    }

    /** Whether the 受給者 must still file a 現況届, and why. */
    @Nullable
    String statusReportReason() {
        return genkyoTodokeJiyu;
    }

    /** The 未支払 請求者, once one claimed. */
    @Nullable
    String unpaidClaimant() {
        return mishiharaiSeikyusha;
    }

    @Nullable
    LocalDate unpaidClaimDate() {
        return mishiharaiSeikyuYmd;
    }

    /** Ended by the 受給者's death (the 未支払 months go to a 請求者, 第12条). */
    boolean endedByDeath() {
        return is(Phase.ENDED) && "SHIBO".equals(endReason());
    }

    /** 未支払の児童手当 claimed by {@code claimant} on {@code date}. */
    void claimUnpaid(String claimant, LocalDate date, String actor, Instant now) {
        if (!endedByDeath() || mishiharaiSeikyusha != null) {
            throw new IllegalStateException("未支払 may be claimed once, after the 受給者's death");
        }
        mishiharaiSeikyusha = claimant;
        mishiharaiSeikyuYmd = date;
        log("未支払請求", date, "児童（" + claimant + "）から未支払の児童手当の請求を受理。", actor, now);
    }

    /** Records a 申出 (寄附 or 学校給食費等), logged by the caller with its law. */
    void addOffer(Offer offer) {
        offers.add(offer);
    }
}
