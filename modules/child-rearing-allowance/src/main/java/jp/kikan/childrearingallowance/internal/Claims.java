package jp.kikan.childrearingallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Residents;
import jp.kikan.childrearingallowance.domain.DisabilityState;
import jp.kikan.childrearingallowance.domain.EffectiveMonth;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.domain.Recipient;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 認定請求 of 児童扶養手当 (児童扶養手当法 第6条): paid from the month after the 請求 (第7条第1項), for the 対象児童 named
 * with their 障害の状態, with the 所得 given so far and the 支給要件 (第4条) where given. A refused 請求 leaves nothing
 * behind.
 */
@Service
class Claims {

    /**
     * A 認定請求 received on {@code claimDate} from {@code recipient} ({@code kind}: 母, 父, 養育者), for the
     * {@code children} with their 障害の状態 ({@code disabilities}, in the same order), with the 支給要件 and 除外事由 as
     * given ({@code requirement}, {@code null} when not given).
     */
    record Claim(
            LocalDate claimDate,
            String recipient,
            Recipient kind,
            List<String> children,
            List<GivenIncome> incomes,
            List<DisabilityState> disabilities,
            @Nullable String requirement) {

        Claim {
            if (disabilities.size() != children.size()) {
                throw new IllegalArgumentException("one 障害の状態 per child");
            }
        }

        /** A claim for children not in a 障害の状態, without a 支給要件 recorded. */
        Claim(LocalDate claimDate, String recipient, Recipient kind, List<String> children, List<GivenIncome> incomes) {
            this(
                    claimDate,
                    recipient,
                    kind,
                    children,
                    incomes,
                    children.stream().map(c -> DisabilityState.none()).toList(),
                    null);
        }
    }

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final Residents residents;
    private final ChildChecks checks;
    private final IncomeRules incomes;
    private final EffectiveMonths months;

    Claims(
            EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle,
            Residents residents,
            ChildChecks checks,
            IncomeRules incomes,
            EffectiveMonths months) {
        this.lifecycle = lifecycle;
        this.residents = residents;
        this.checks = checks;
        this.incomes = incomes;
        this.months = months;
    }

    @Transactional
    Entitlement claim(Claim claim) {
        LocalDate claimDate = claim.claimDate();
        ResidentSnapshot recipient = lifecycle.claimant(claim.recipient(), claim.children(), claimDate);
        EffectiveMonth start = months.start(claimDate);
        Instant now = Instant.now();
        Entitlement e = new Entitlement(
                claim.recipient(),
                claim.kind(),
                recipient.setaibango(),
                claimDate,
                ChildRearingAllowanceLaw.effective(start),
                now);
        for (int i = 0; i < claim.children().size(); i++) {
            String field = "jido[" + i + "].atenabango";
            ResidentSnapshot child = residents.resident(field, claim.children().get(i), claimDate);
            e.addChild(checks.enter(
                    e, field, child, start.month(), claim.disabilities().get(i)));
        }
        String requirement = claim.requirement();
        if (requirement != null) {
            e.recordRequirement(requirement);
        }
        incomes.record(e, claim.incomes(), now);
        e.log(
                "認定請求",
                claimDate,
                "認定請求を受理（" + claim.kind().japanese() + "、対象児童" + e.children().size() + "人）。" + start.reason(),
                CurrentStaff.actor(),
                now);
        return lifecycle.claimed(e);
    }
}
