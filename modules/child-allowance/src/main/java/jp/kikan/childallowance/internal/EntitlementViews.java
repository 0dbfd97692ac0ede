package jp.kikan.childallowance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.domain.NoPayment;
import jp.kikan.childallowance.web.model.ChildAmount;
import jp.kikan.childallowance.web.model.EntitlementChild;
import jp.kikan.childallowance.web.model.GenkyoTodokeJiyu;
import jp.kikan.childallowance.web.model.Jotai;
import jp.kikan.childallowance.web.model.KangoKubun;
import jp.kikan.childallowance.web.model.MonthlyAmount;
import jp.kikan.childallowance.web.model.Offer;
import jp.kikan.childallowance.web.model.ShikyuNashiRiyu;
import jp.kikan.childallowance.web.model.Tokurei;
import jp.kikan.childallowance.web.model.UnpaidClaim;
import org.jspecify.annotations.Nullable;

/** The 受給資格 as the API shows it. */
final class EntitlementViews {

    private EntitlementViews() {}

    static jp.kikan.childallowance.web.model.Entitlement of(Entitlement e) {
        jp.kikan.childallowance.web.model.Entitlement api = new jp.kikan.childallowance.web.model.Entitlement(
                e.id(),
                e.recipient(),
                e.household(),
                Jotai.valueOf(e.statusCode()),
                e.claimDate(),
                e.start().toString(),
                e.startReason(),
                e.children().stream().map(EntitlementViews::child).toList(),
                BenefitViews.revisions(e.revisions(), e.id(), e.recipient()),
                e.offers().stream().map(EntitlementViews::offer).toList(),
                BenefitViews.statusReports(e.statusReports()),
                BenefitViews.history(e.history()));
        if (e.tokureiJiyu != null && e.tokureiYmd != null) {
            api.tokurei(new Tokurei(Tokurei.JiyuEnum.valueOf(e.tokureiJiyu), e.tokureiYmd));
        }
        String reason = e.statusReportReason();
        api.ninteiYmd(e.grantedOn())
                .kyakkaRiyu(e.rejectionReason())
                .shikyuShuryoYm(month(e.end()))
                .shometsuYmd(e.endDate())
                .genkyoTodokeJiyu(reason == null ? null : GenkyoTodokeJiyu.valueOf(reason));
        String ended = e.endReason();
        if (ended != null) {
            api.shometsuJiyu(jp.kikan.childallowance.web.model.Entitlement.ShometsuJiyuEnum.valueOf(ended));
        }
        String claimant = e.unpaidClaimant();
        LocalDate claimed = e.unpaidClaimDate();
        if (claimant != null && claimed != null) {
            api.mishiharai(new UnpaidClaim(claimant, claimed));
        }
        return api;
    }

    private static EntitlementChild child(jp.kikan.childallowance.internal.EntitlementChild c) {
        return new EntitlementChild(
                        c.atenabango(),
                        c.birthDate(),
                        c.care() == Child.Care.SUPPORTED ? KangoKubun.KANGO_SEIKEI : KangoKubun.TASHI_SANTEI_NOMI,
                        c.confirmed(),
                        c.from().toString())
                .shuryoYm(month(c.until()))
                .shuryoJiyu(c.endReason());
    }

    private static Offer offer(jp.kikan.childallowance.internal.Offer o) {
        return new Offer(
                        o.id(),
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
        NoPayment noPayment = amount.noPayment();
        return new MonthlyAmount(amount.month().toString(), inPeriod, amount.total(), children, amount.notes())
                .shikyuNashiRiyu(noPayment == null ? null : new ShikyuNashiRiyu(noPayment.reason(), noPayment.source()))
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
