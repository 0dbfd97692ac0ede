package jp.kikan.childallowance.internal;

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
import jp.kikan.childallowance.domain.ChildSpan;
import jp.kikan.childallowance.domain.IncomeFacts;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * 受給資格 (児童手当法 第7条): one 受給者's entitlement from the 認定請求 to its 消滅, with its children over months, its
 * 額改定, 申出, 現況届 and the history of every step. The aggregate is loaded whole (its collections are small), so it can
 * be read after its transaction. Months are stored as their first day.
 */
@Entity(name = "ChildAllowanceEntitlement")
@Table(schema = "child_allowance", name = "entitlement")
class Entitlement {

    /** 状態. */
    enum Status {
        SHINSEI,
        NINTEI,
        KYAKKA,
        SHOMETSU
    }

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    String jukyushaAtenabango = "";
    String setaibango = "";
    LocalDate seikyuYmd = LocalDate.EPOCH;
    String jotai = Status.SHINSEI.name();
    LocalDate kaishiYm = LocalDate.EPOCH;
    String kaishiKonkyo = "";

    @Nullable
    String tokureiJiyu;

    @Nullable
    LocalDate tokureiYmd;

    @Nullable
    LocalDate ninteiYmd;

    @Nullable
    String kyakkaRiyu;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    String shometsuJiyu;

    @Nullable
    LocalDate shometsuYmd;

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
    @OrderBy("createdAt")
    List<Revision> revisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("moshideYmd")
    List<Offer> offers = new ArrayList<>();

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

    Entitlement(String recipient, String household, LocalDate claimDate, Instant now) {
        this.jukyushaAtenabango = recipient;
        this.setaibango = household;
        this.seikyuYmd = claimDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Status status() {
        return Status.valueOf(jotai);
    }

    boolean is(Status status) {
        return jotai.equals(status.name());
    }

    YearMonth start() {
        return YearMonth.from(kaishiYm);
    }

    @Nullable
    YearMonth end() {
        return shuryoYm == null ? null : YearMonth.from(shuryoYm);
    }

    /** The children as the domain sees them. */
    List<ChildSpan> spans() {
        return children.stream().map(EntitlementChild::span).toList();
    }

    /** The children counted now (no end month). */
    List<EntitlementChild> openChildren() {
        return children.stream().filter(c -> c.shuryoYm == null).toList();
    }

    IncomeFacts income() {
        return new IncomeFacts(
                shotokugaku, fuyoShinzokutoSu, rojinFuyoShinzokutoSu == null ? 0 : rojinFuyoShinzokutoSu);
    }

    /** Adds a history entry and marks the aggregate changed (so its version, the ETag, moves on). */
    void log(String kubun, @Nullable LocalDate jiyuYmd, String naiyo, String actor, Instant now) {
        history.add(new HistoryEntry(history.size() + 1, kubun, jiyuYmd, naiyo, now, actor));
        updatedAt = now;
    }
}
