package jp.kikan.benefit.entitlement;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import jp.kikan.platform.tenant.TenantRow;

/** 現況届 of one year, as received; a law maps it to its own table with an entity subclass. */
@MappedSuperclass
public abstract class StatusReportRecord extends TenantRow {

    /**
     * How a law makes its 現況届: its entity's constructor ({@code StatusReport::new}) gives an empty one of its table,
     * which the kit fills.
     */
    @FunctionalInterface
    public interface Factory<S extends StatusReportRecord> {

        /** An empty 現況届 of the law's table. */
        S empty();

        /** The 現況届 of {@code year}, filed on {@code filed}. */
        default S create(int year, LocalDate filed) {
            S report = empty();
            report.nendo = year;
            report.teishutsuYmd = filed;
            return report;
        }
    }

    int nendo;
    LocalDate teishutsuYmd = LocalDate.EPOCH;

    protected StatusReportRecord() {}

    /** The year of the 現況届 (its 基準日 is in that year). */
    public int year() {
        return nendo;
    }

    /** 提出日. */
    public LocalDate filedOn() {
        return teishutsuYmd;
    }
}
