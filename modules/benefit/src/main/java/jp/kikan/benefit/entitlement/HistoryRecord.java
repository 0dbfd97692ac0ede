package jp.kikan.benefit.entitlement;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.platform.tenant.TenantRow;
import org.jspecify.annotations.Nullable;

/**
 * 履歴: one step in the history of a 受給資格 (認定請求, 認定, 額改定, 消滅 …): who did what, when, with what effect. A
 * law maps it to its own table with an entity subclass.
 */
@MappedSuperclass
public abstract class HistoryRecord extends TenantRow {

    /**
     * How a law makes its history entries: its entity's constructor ({@code HistoryEntry::new}) gives an empty entry of
     * its table, which the kit fills, so the entity subclass declares nothing but its mapping.
     */
    @FunctionalInterface
    public interface Factory<H extends HistoryRecord> {

        /** An empty entry of the law's table. */
        H empty();

        /** The entry {@code seq}: the step {@code kind}, its 事由の生じた日, its 内容, when and by whom. */
        default H create(int seq, String kind, @Nullable LocalDate eventDate, String text, Instant at, String by) {
            H entry = empty();
            entry.fill(seq, kind, eventDate, text, at, by);
            return entry;
        }
    }

    /** The longest 内容 kept. */
    static final int MAX_TEXT = 600;

    int seq;
    String kubun = "";

    @Nullable
    LocalDate jiyuYmd;

    String naiyo = "";
    Instant recordedAt = Instant.EPOCH;
    String recordedBy = "";

    protected HistoryRecord() {}

    void fill(int seq, String kubun, @Nullable LocalDate jiyuYmd, String naiyo, Instant at, String by) {
        this.seq = seq;
        this.kubun = kubun;
        this.jiyuYmd = jiyuYmd;
        this.naiyo = naiyo.length() > MAX_TEXT ? naiyo.substring(0, MAX_TEXT) : naiyo;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** 区分: the step (認定請求, 認定 …). */
    public String kind() {
        return kubun;
    }

    /** 事由の生じた日, where the step has one. */
    public @Nullable LocalDate eventDate() {
        return jiyuYmd;
    }

    /** 内容. */
    public String text() {
        return naiyo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The staff member (or system) who recorded it. */
    public String recordedBy() {
        return recordedBy;
    }
}
