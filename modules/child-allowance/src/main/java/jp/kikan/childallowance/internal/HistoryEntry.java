package jp.kikan.childallowance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One step in the history of a 受給資格 (認定請求, 認定, 額改定, 消滅 …): who did what, when, with what effect. */
@Entity(name = "ChildAllowanceHistory")
@Table(schema = "child_allowance", name = "history")
class HistoryEntry {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    int seq;
    String kubun = "";

    @Nullable
    LocalDate jiyuYmd;

    String naiyo = "";
    Instant recordedAt = Instant.EPOCH;
    String recordedBy = "";

    protected HistoryEntry() {}

    HistoryEntry(int seq, String kubun, @Nullable LocalDate jiyuYmd, String naiyo, Instant at, String by) {
        this.seq = seq;
        this.kubun = kubun;
        this.jiyuYmd = jiyuYmd;
        this.naiyo = naiyo.length() > 600 ? naiyo.substring(0, 600) : naiyo;
        this.recordedAt = at;
        this.recordedBy = by;
    }
}
