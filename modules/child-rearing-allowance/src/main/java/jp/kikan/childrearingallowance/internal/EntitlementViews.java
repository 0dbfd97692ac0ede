package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.benefit.contract.BenefitViews;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.childrearingallowance.domain.MonthlyAllowance;
import jp.kikan.childrearingallowance.domain.QualificationJudgement;
import jp.kikan.childrearingallowance.web.model.EntitlementChild;
import jp.kikan.childrearingallowance.web.model.Jotai;
import jp.kikan.childrearingallowance.web.model.JukyushaKubun;
import jp.kikan.childrearingallowance.web.model.KeisanStep;
import jp.kikan.childrearingallowance.web.model.MonthlyAmount;

/** The 受給資格 as the API shows it. */
final class EntitlementViews {

    private EntitlementViews() {}

    static jp.kikan.childrearingallowance.web.model.Entitlement of(
            Entitlement e, IncomeCodec incomes, RequirementCodec requirements) {
        jp.kikan.childrearingallowance.web.model.Entitlement api =
                new jp.kikan.childrearingallowance.web.model.Entitlement(
                        e.id(),
                        e.recipient(),
                        JukyushaKubun.valueOf(e.jukyushaKubun),
                        e.household(),
                        Jotai.valueOf(e.statusCode()),
                        e.claimDate(),
                        e.start().toString(),
                        e.startReason(),
                        e.children().stream().map(EntitlementViews::child).toList(),
                        e.incomes().stream().map(incomes::view).toList(),
                        BenefitViews.revisions(e.revisions(), e.id(), e.recipient()),
                        BenefitViews.statusReports(e.statusReports()),
                        BenefitViews.history(e.history()));
        YearMonth end = e.end();
        api.ninteiYmd(e.grantedOn())
                .kyakkaRiyu(e.rejectionReason())
                .shikyuShuryoYm(end == null ? null : end.toString())
                .soshitsuYmd(e.endDate());
        RequirementCodec.Stored requirement = requirements.view(e.requirement());
        if (requirement != null) {
            api.shikyuYoken(requirement.requirement()).jogaiJiyu(requirement.exclusions());
        }
        String lost = e.endReason();
        if (lost != null) {
            api.soshitsuJiyu(jp.kikan.childrearingallowance.web.model.Entitlement.SoshitsuJiyuEnum.valueOf(lost));
        }
        return api;
    }

    private static EntitlementChild child(jp.kikan.childrearingallowance.internal.EntitlementChild c) {
        YearMonth until = c.until();
        return new EntitlementChild(c.atenabango(), c.birthDate(), c.from().toString())
                .shuryoYm(until == null ? null : until.toString())
                .shuryoJiyu(c.endReason())
                .shogai(RequirementCodec.view(c.disability()));
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
        api.jidoHantei(amount.judgements().stream()
                .map(ChildRearingAllowanceSimulationController::judgement)
                .toList());
        QualificationJudgement qualification = amount.qualification();
        if (qualification != null) {
            api.shikyuYokenKekka(RequirementCodec.view(qualification));
        }
        if (amount.status() == MonthAmount.Status.NOT_QUALIFIED) {
            api.shikyuKubun(MonthlyAmount.ShikyuKubunEnum.SHIKYU_YOKEN_HI_GAITO);
        }
        if (allowance != null) {
            api.shikyuKubun(
                            switch (allowance.decision()) {
                                case FULL -> MonthlyAmount.ShikyuKubunEnum.ZENBU_SHIKYU;
                                case PARTIAL -> MonthlyAmount.ShikyuKubunEnum.ICHIBU_SHIKYU;
                                case STOPPED -> MonthlyAmount.ShikyuKubunEnum.SHIKYU_TEISHI;
                                // a 受給資格's month without a child has no allowance (MonthAmount.Status.NO_CHILD)
                                case NO_CHILD -> throw new IllegalStateException("no child, so no allowance");
                                // nor without the 支給要件 (MonthAmount.Status.NOT_QUALIFIED)
                                case NOT_QUALIFIED -> throw new IllegalStateException("not qualified, so no allowance");
                            })
                    .hontaigaku(allowance.base())
                    .kasangaku(allowance.additions());
        }
        return api;
    }
}
