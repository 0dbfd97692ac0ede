package jp.kikan.childrearingallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.security.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 現況届 (毎年8月) with the 前年の所得, which decides the months from November (児童扶養手当法 第9条第1項). */
@Service
class StatusReports {

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final IncomeRules incomes;

    StatusReports(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle, IncomeRules incomes) {
        this.lifecycle = lifecycle;
        this.incomes = incomes;
    }

    @Transactional
    Entitlement report(UUID id, int year, LocalDate date, GivenIncome income, @Nullable String ifMatch) {
        Entitlement e = lifecycle.lock(id, ifMatch);
        lifecycle.requireGranted(e, "nendo");
        if (e.filedStatusReport(year)) {
            throw Refusal.of("already-filed", "nendo", year + "年の現況届は既に受理しています。");
        }
        if (income.year().year() != year - 1) {
            throw Refusal.of(
                    "wrong-income-year",
                    "shotoku.shotoku_nen",
                    year + "年の現況届の所得は前年（" + (year - 1) + "年）の所得です（児童扶養手当法 第9条第1項）。");
        }
        Instant now = Instant.now();
        incomes.record(e, List.of(income), now);
        e.fileStatusReport(year, date);
        YearMonth november = YearMonth.of(year, 11);
        String from;
        try {
            MonthAmount next = incomes.of(e, november);
            from = november + "分から" + IncomeRules.summary(next) + "。";
        } catch (InvalidInput invalid) {
            throw ProblemException.unprocessable(
                    invalid.code(), invalid.reason(), new InvalidParam("shotoku", invalid.code(), invalid.reason()));
        }
        e.log("現況届", date, year + "年8月1日現在の現況届を受理（" + (year - 1) + "年の所得）。" + from, CurrentStaff.actor(), now);
        lifecycle.audited(e, "現況届の受理");
        return e;
    }
}
