package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kikan.childrearingallowance.domain.ChildSpan;
import jp.kikan.childrearingallowance.domain.Recipient;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * 受給資格 of 児童扶養手当 (児童扶養手当法 第6条): one 受給者's entitlement from the 認定請求 to its 資格喪失, with its 対象児童
 * over months, its 所得 per 所得年, 額改定, 現況届 and the history of every step. Loaded whole (the collections are small).
 * Months are stored as their first day.
 */
@Entity(name = "ChildRearingAllowanceEntitlement")
@Table(schema = "child_rearing_allowance", name = "entitlement")
class Entitlement {

    /** 状態. */
    enum Status {
        SHINSEI,
        NINTEI,
        KYAKKA,
        SOSHITSU
    }

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    String jukyushaAtenabango = "";
    String jukyushaKubun = "HAHA";
    String setaibango = "";
    LocalDate seikyuYmd = LocalDate.EPOCH;
    String jotai = Status.SHINSEI.name();
    LocalDate kaishiYm = LocalDate.EPOCH;
    String kaishiKonkyo = "";

    @Nullable
    LocalDate ninteiYmd;

    @Nullable
    String kyakkaRiyu;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    String soshitsuJiyu;

    @Nullable
    LocalDate soshitsuYmd;

    @Version
    long version;

    Instant createdAt = Instant.EPOCH;
    Instant updatedAt = Instant.EPOCH;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    List<EntitlementChild> children = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("shotokuNen")
    List<IncomeRecord> incomes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("createdAt")
    List<Revision> revisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("nendo")
    List<StatusReport> statusReports = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("seq")
    List<HistoryEntry> history = new ArrayList<>();

    protected Entitlement() {}

    Entitlement(String recipient, Recipient kind, String household, LocalDate claimDate, Instant now) {
        this.jukyushaAtenabango = recipient;
        this.jukyushaKubun = switch (kind) {
            case MOTHER -> "HAHA";
            case FATHER -> "CHICHI";
            case FOSTER -> "YOIKUSHA";
        };
        this.setaibango = household;
        this.seikyuYmd = claimDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean is(Status status) {
        return jotai.equals(status.name());
    }

    Recipient recipient() {
        return switch (jukyushaKubun) {
            case "CHICHI" -> Recipient.FATHER;
            case "YOIKUSHA" -> Recipient.FOSTER;
            default -> Recipient.MOTHER;
        };
    }

    YearMonth start() {
        return YearMonth.from(kaishiYm);
    }

    @Nullable
    YearMonth end() {
        return shuryoYm == null ? null : YearMonth.from(shuryoYm);
    }

    List<ChildSpan> spans() {
        return children.stream().map(EntitlementChild::span).toList();
    }

    List<EntitlementChild> openChildren() {
        return children.stream().filter(c -> c.shuryoYm == null).toList();
    }

    /** Adds a history entry and marks the aggregate changed (so its version, the ETag, moves on). */
    void log(String kubun, @Nullable LocalDate jiyuYmd, String naiyo, String actor, Instant now) {
        history.add(new HistoryEntry(history.size() + 1, kubun, jiyuYmd, naiyo, now, actor));
        updatedAt = now;
    }
}
