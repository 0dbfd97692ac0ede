package jp.kikan.childallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.childallowance.domain.EntitlementFacts;
import jp.kikan.platform.tenant.TenantRow;
import org.jspecify.annotations.Nullable;

/** 申出: 寄附 (児童手当法 第20条) or 学校給食費等の徴収 (第21条), taken from the payments of its months. */
@Entity(name = "ChildAllowanceOffer")
@Table(schema = "child_allowance", name = "offer")
class Offer extends TenantRow {

    String kubun = "KIFU";
    LocalDate moshideYmd = LocalDate.EPOCH;
    LocalDate kaishiYm = LocalDate.EPOCH;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    Long getsugaku;

    @Nullable
    String jidoAtenabango;

    @Nullable
    LocalDate jidoSeinengappi;

    @Nullable
    String hiyo;

    protected Offer() {}

    Offer(String kubun, LocalDate moshideYmd, YearMonth from, @Nullable YearMonth to, @Nullable Long monthly) {
        this.kubun = kubun;
        this.moshideYmd = moshideYmd;
        this.kaishiYm = from.atDay(1);
        this.shuryoYm = to == null ? null : to.atDay(1);
        this.getsugaku = monthly;
    }

    /** 学校給食費等の徴収 (第21条) of {@code cost} for {@code child}, {@code monthly} yen a month. */
    static Offer schoolCosts(
            LocalDate date, YearMonth from, @Nullable YearMonth to, long monthly, EntitlementChild child, String cost) {
        Offer offer = new Offer("GAKKO_KYUSHOKUHI_TO", date, from, to, monthly);
        offer.jidoAtenabango = child.atenabango();
        offer.jidoSeinengappi = child.birthDate();
        offer.hiyo = cost;
        return offer;
    }

    EntitlementFacts.Offer facts() {
        return new EntitlementFacts.Offer(
                id(),
                kubun.equals("KIFU") ? EntitlementFacts.Offer.Kind.DONATION : EntitlementFacts.Offer.Kind.SCHOOL_FEE,
                YearMonth.from(kaishiYm),
                shuryoYm == null ? null : YearMonth.from(shuryoYm),
                getsugaku,
                jidoSeinengappi);
    }
}
