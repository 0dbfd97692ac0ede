package jp.kikan.childallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.security.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 現況届 (児童手当法 第26条): asked since 2022-06 only of the 受給者 whose 6月1日 situation the registry cannot show; one
 * a year, and a run holds the months from June until it is filed.
 */
@Service
class StatusReports {

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;

    StatusReports(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Transactional
    Entitlement report(UUID id, int year, LocalDate date, @Nullable String note, @Nullable String ifMatch) {
        Entitlement e = lifecycle.lock(id, ifMatch);
        String reason = e.statusReportReason();
        if (reason == null) {
            throw Refusal.of("status-report-not-required", "nendo", "この受給者には現況届の提出が求められていません（令和4年6月分から原則不要）。");
        }
        if (!e.is(Phase.GRANTED) && !e.is(Phase.ENDED)) {
            throw Refusal.of("not-granted", "nendo", "認定されていない受給資格です。");
        }
        if (e.filedStatusReport(year)) {
            throw Refusal.of("already-filed", "nendo", year + "年の現況届は既に受理しています。");
        }
        e.fileStatusReport(year, date);
        e.log(
                "現況届",
                date,
                year + "年6月1日現在の現況届を受理（" + GenkyoTodoke.japanese(reason) + "）。" + (note == null ? "" : note),
                CurrentStaff.actor(),
                Instant.now());
        lifecycle.audited(e, "現況届の受理");
        return e;
    }
}
