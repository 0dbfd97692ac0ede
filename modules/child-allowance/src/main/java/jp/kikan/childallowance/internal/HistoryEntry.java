package jp.kikan.childallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.benefit.entitlement.HistoryRecord;
import org.jspecify.annotations.Nullable;

/** One step in the history of a 児童手当 受給資格, in this module's table. */
@Entity(name = "ChildAllowanceHistory")
@Table(schema = "child_allowance", name = "history")
class HistoryEntry extends HistoryRecord {

    protected HistoryEntry() {}

    HistoryEntry(int seq, String kind, @Nullable LocalDate eventDate, String text, Instant at, String by) {
        super(seq, kind, eventDate, text, at, by);
    }
}
