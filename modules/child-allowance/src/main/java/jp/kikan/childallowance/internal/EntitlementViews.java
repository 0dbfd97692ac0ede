package jp.kikan.childallowance.internal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.web.model.ChildAmount;
import jp.kikan.childallowance.web.model.EntitlementChild;
import jp.kikan.childallowance.web.model.GenkyoTodokeJiyu;
import jp.kikan.childallowance.web.model.HistoryEntry;
import jp.kikan.childallowance.web.model.Jotai;
import jp.kikan.childallowance.web.model.KangoKubun;
import jp.kikan.childallowance.web.model.MonthlyAmount;
import jp.kikan.childallowance.web.model.Offer;
import jp.kikan.childallowance.web.model.Revision;
import jp.kikan.childallowance.web.model.StatusReport;
import jp.kikan.childallowance.web.model.Tokurei;
import jp.kikan.childallowance.web.model.UnpaidClaim;
import org.jspecify.annotations.Nullable;

/** The 受給資格 as the API shows it. */
final class EntitlementViews {

    private EntitlementViews() {}

    static jp.kikan.childallowance.web.model.Entitlement of(Entitlement e) {
        jp.kikan.childallowance.web.model.Entitlement api = new jp.kikan.childallowance.web.model.Entitlement(
                e.id,
                e.jukyushaAtenabango,
                e.setaibango,
                Jotai.valueOf(e.jotai),
                e.seikyuYmd,
                e.start().toString(),
                e.kaishiKonkyo,
                e.children.stream().map(EntitlementViews::child).toList(),
                e.revisions.stream()
                        .map(r -> revision(r, e.id, e.jukyushaAtenabango))
                        .toList(),
                e.offers.stream().map(EntitlementViews::offer).toList(),
                e.statusReports.stream()
                        .map(s -> new StatusReport(s.nendo, s.teishutsuYmd))
                        .toList(),
                e.history.stream()
                        .map(h -> new HistoryEntry(
                                        h.kubun, h.naiyo, h.recordedAt.atOffset(ZoneOffset.UTC), h.recordedBy)
                                .jiyuYmd(h.jiyuYmd))
                        .toList());
        if (e.tokureiJiyu != null && e.tokureiYmd != null) {
            api.tokurei(new Tokurei(Tokurei.JiyuEnum.valueOf(e.tokureiJiyu), e.tokureiYmd));
        }
        api.ninteiYmd(e.ninteiYmd)
                .kyakkaRiyu(e.kyakkaRiyu)
                .shikyuShuryoYm(month(e.end()))
                .shometsuYmd(e.shometsuYmd)
                .genkyoTodokeJiyu(e.genkyoTodokeJiyu == null ? null : GenkyoTodokeJiyu.valueOf(e.genkyoTodokeJiyu));
        if (e.shometsuJiyu != null) {
            api.shometsuJiyu(jp.kikan.childallowance.web.model.Entitlement.ShometsuJiyuEnum.valueOf(e.shometsuJiyu));
        }
        if (e.mishiharaiSeikyusha != null && e.mishiharaiSeikyuYmd != null) {
            api.mishiharai(new UnpaidClaim(e.mishiharaiSeikyusha, e.mishiharaiSeikyuYmd));
        }
        return api;
    }

    static Revision revision(
            jp.kikan.childallowance.internal.Revision r, java.util.UUID entitlement, String recipient) {
        return new Revision(
                        r.id,
                        entitlement,
                        recipient,
                        Revision.KubunEnum.valueOf(r.kubun),
                        Revision.JotaiEnum.valueOf(r.jotai),
                        Revision.JiyuEnum.valueOf(r.jiyu),
                        r.jiyuYmd,
                        r.jidoAtenabango,
                        r.createdAt.atOffset(ZoneOffset.UTC))
                .seikyuYmd(r.seikyuYmd)
                .kaiteiYm(r.kaiteiYm == null ? null : YearMonth.from(r.kaiteiYm).toString())
                .konkyo(r.konkyo)
                .riyu(r.riyu);
    }

    private static EntitlementChild child(jp.kikan.childallowance.internal.EntitlementChild c) {
        return new EntitlementChild(
                        c.atenabango,
                        c.seinengappi,
                        KangoKubun.valueOf(c.kangoKubun),
                        c.kakunin,
                        YearMonth.from(c.kaishiYm).toString())
                .shuryoYm(c.shuryoYm == null ? null : YearMonth.from(c.shuryoYm).toString())
                .shuryoJiyu(c.shuryoJiyu);
    }

    private static Offer offer(jp.kikan.childallowance.internal.Offer o) {
        return new Offer(
                        o.id,
                        Offer.KubunEnum.valueOf(o.kubun),
                        o.moshideYmd,
                        YearMonth.from(o.kaishiYm).toString())
                .shuryoYm(o.shuryoYm == null ? null : YearMonth.from(o.shuryoYm).toString())
                .getsugaku(o.getsugaku)
                .jidoAtenabango(o.jidoAtenabango)
                .hiyo(o.hiyo);
    }

    static MonthlyAmount amount(MonthAmount amount, boolean inPeriod) {
        List<ChildAmount> children = amount.lines().stream()
                .map(l -> new ChildAmount(
                                l.child().atenabango(),
                                l.child().birthDate(),
                                l.line().band().japanese(),
                                l.line().amount(),
                                l.line().rule(),
                                l.line().source())
                        .juni(l.line().rank()))
                .toList();
        return new MonthlyAmount(amount.month().toString(), inPeriod, amount.total(), children, amount.notes())
                .shikyuKubun(
                        switch (amount.regime()) {
                            case ALLOWANCE -> MonthlyAmount.ShikyuKubunEnum.JIDO_TEATE;
                            case SPECIAL_BENEFIT -> MonthlyAmount.ShikyuKubunEnum.TOKUREI_KYUFU;
                            case NONE -> MonthlyAmount.ShikyuKubunEnum.SHIKYU_NASHI;
                        });
    }

    private static @Nullable String month(@Nullable YearMonth month) {
        return month == null ? null : month.toString();
    }
}
