package jp.kikan.benefit.entitlement;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.platform.tenant.TenantRow;
import org.jspecify.annotations.Nullable;

/**
 * A child on a 受給資格 from the month it is first counted ({@code kaishiYm}) to the last ({@code shuryoYm}); months
 * are stored as their first day. A law maps it to its own table with an entity subclass and adds what its law needs
 * to know of the child (児童手当's 監護 category, for one).
 */
@MappedSuperclass
public abstract class ChildRecord extends TenantRow {

    int position;
    String atenabango = "";
    LocalDate seinengappi = LocalDate.EPOCH;
    LocalDate kaishiYm = LocalDate.EPOCH;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    String shuryoJiyu;

    protected ChildRecord() {}

    protected ChildRecord(int position, String atenabango, LocalDate birth, YearMonth from) {
        this.position = position;
        this.atenabango = atenabango;
        this.seinengappi = birth;
        this.kaishiYm = from.atDay(1);
    }

    /** 宛名番号 of the child. */
    public String atenabango() {
        return atenabango;
    }

    public LocalDate birthDate() {
        return seinengappi;
    }

    /** The first month counted. */
    public YearMonth from() {
        return YearMonth.from(kaishiYm);
    }

    /** The last month counted; {@code null} while the child is counted. */
    public @Nullable YearMonth until() {
        return shuryoYm == null ? null : YearMonth.from(shuryoYm);
    }

    /** Why the child stopped being counted, for the history. */
    public @Nullable String endReason() {
        return shuryoJiyu;
    }

    /** Counted now (no last month). */
    public boolean isOpen() {
        return shuryoYm == null;
    }

    /** Ends the child's counting with {@code last} (the month before the 減額改定). */
    void end(YearMonth last, String reason) {
        if (!isOpen()) {
            throw new IllegalStateException("the child " + atenabango + " is no longer counted");
        }
        this.shuryoYm = last.atDay(1);
        this.shuryoJiyu = reason;
    }
}
