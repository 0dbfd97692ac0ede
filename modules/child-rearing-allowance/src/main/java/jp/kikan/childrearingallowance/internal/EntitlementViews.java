package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.childrearingallowance.domain.MonthlyAllowance;
import jp.kikan.childrearingallowance.web.model.EntitlementChild;
import jp.kikan.childrearingallowance.web.model.HistoryEntry;
import jp.kikan.childrearingallowance.web.model.Jotai;
import jp.kikan.childrearingallowance.web.model.JukyushaKubun;
import jp.kikan.childrearingallowance.web.model.KeisanStep;
import jp.kikan.childrearingallowance.web.model.MonthlyAmount;
import jp.kikan.childrearingallowance.web.model.Revision;
import jp.kikan.childrearingallowance.web.model.StatusReport;

/** The 受給資格 as the API shows it. */
final class EntitlementViews {

    private EntitlementViews() {}

    static jp.kikan.childrearingallowance.web.model.Entitlement of(Entitlement e, EntitlementService service) {
        jp.kikan.childrearingallowance.web.model.Entitlement api =
                new jp.kikan.childrearingallowance.web.model.Entitlement(
                        e.id,
                        e.jukyushaAtenabango,
                        JukyushaKubun.valueOf(e.jukyushaKubun),
                        e.setaibango,
                        Jotai.valueOf(e.jotai),
                        e.seikyuYmd,
                        e.start().toString(),
                        e.kaishiKonkyo,
                        e.children.stream().map(EntitlementViews::child).toList(),
                        e.incomes.stream().map(service::income).toList(),
                        e.revisions.stream()
                                .map(r -> revision(r, e.id, e.jukyushaAtenabango))
                                .toList(),
                        e.statusReports.stream()
                                .map(s -> new StatusReport(s.nendo, s.teishutsuYmd))
                                .toList(),
                        e.history.stream()
                                .map(h -> new HistoryEntry(
                                                h.kubun, h.naiyo, h.recordedAt.atOffset(ZoneOffset.UTC), h.recordedBy)
                                        .jiyuYmd(h.jiyuYmd))
                                .toList());
        api.ninteiYmd(e.ninteiYmd)
                .kyakkaRiyu(e.kyakkaRiyu)
                .shikyuShuryoYm(e.end() == null ? null : e.end().toString())
                .soshitsuYmd(e.soshitsuYmd);
        if (e.soshitsuJiyu != null) {
            api.soshitsuJiyu(
                    jp.kikan.childrearingallowance.web.model.Entitlement.SoshitsuJiyuEnum.valueOf(e.soshitsuJiyu));
        }
        return api;
    }

    static Revision revision(jp.kikan.childrearingallowance.internal.Revision r, UUID entitlement, String recipient) {
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

    private static EntitlementChild child(jp.kikan.childrearingallowance.internal.EntitlementChild c) {
        return new EntitlementChild(
                        c.atenabango, c.seinengappi, YearMonth.from(c.kaishiYm).toString())
                .shuryoYm(c.shuryoYm == null ? null : YearMonth.from(c.shuryoYm).toString())
                .shuryoJiyu(c.shuryoJiyu);
    }

    static MonthlyAmount amount(MonthAmount amount, boolean inPeriod) {
        MonthlyAllowance allowance = amount.allowance();
        List<KeisanStep> steps = allowance == null
                ? List.of()
                : allowance.steps().stream()
                        .map(s -> new KeisanStep(s.item(), s.explanation(), s.source()).kingaku(s.amount()))
                        .toList();
        MonthlyAmount api = new MonthlyAmount(
                amount.month().toString(), inPeriod, amount.incomeYear(), amount.children(), amount.total(), steps);
        if (allowance != null) {
            api.shikyuKubun(
                            switch (allowance.decision()) {
                                case FULL -> MonthlyAmount.ShikyuKubunEnum.ZENBU_SHIKYU;
                                case PARTIAL -> MonthlyAmount.ShikyuKubunEnum.ICHIBU_SHIKYU;
                                case STOPPED -> MonthlyAmount.ShikyuKubunEnum.SHIKYU_TEISHI;
                            })
                    .hontaigaku(allowance.base())
                    .kasangaku(allowance.additions());
        }
        return api;
    }
}
