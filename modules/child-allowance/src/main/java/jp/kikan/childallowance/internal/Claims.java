package jp.kikan.childallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.EffectiveMonth;
import jp.kikan.childallowance.domain.EffectiveMonths;
import jp.kikan.childallowance.domain.Occurrence;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 認定請求 of 児童手当 (児童手当法 第7条): the 支給開始月 by 第8条第2項 and the 15日特例 of 第8条第3項, the children with
 * their category, and at least one 支給要件児童 (第4条). A refused 請求 leaves nothing behind.
 */
@Service
class Claims {

    /**
     * A 認定請求 received on {@code claimDate} from {@code recipient} for {@code children}; {@code statusReportReason}
     * where a 現況届 is still asked of the 受給者, and the 所得 the 所得制限 of months before 2024-10 reads.
     */
    record Claim(
            LocalDate claimDate,
            String recipient,
            List<ClaimedChild> children,
            @Nullable String statusReportReason,
            @Nullable Long income,
            @Nullable Integer dependants,
            @Nullable Integer elderlyDependants) {}

    /** A child of the 請求, in its category; {@code confirmed} where its 確認書 was received. */
    record ClaimedChild(String atenabango, Child.Care care, boolean confirmed) {}

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final ChildChecks checks;
    private final EffectiveMonths months;

    Claims(
            EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle,
            ChildChecks checks,
            EffectiveMonths months) {
        this.lifecycle = lifecycle;
        this.checks = checks;
        this.months = months;
    }

    @Transactional
    Entitlement claim(Claim claim) {
        LocalDate claimDate = claim.claimDate();
        ResidentSnapshot recipient = lifecycle.claimant(
                claim.recipient(),
                claim.children().stream().map(ClaimedChild::atenabango).toList(),
                claimDate);
        List<ResidentSnapshot> children = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        if (recipient.residentSince() != null) {
            occurrences.add(new Occurrence(Occurrence.Kind.MOVE_IN, recipient.residentSince()));
        }
        for (int i = 0; i < claim.children().size(); i++) {
            ClaimedChild c = claim.children().get(i);
            ResidentSnapshot child = checks.find("jido[" + i + "].atenabango", c.atenabango(), claimDate, c.care());
            children.add(child);
            occurrences.add(new Occurrence(Occurrence.Kind.BIRTH, child.birthDate()));
        }
        EffectiveMonth start = months.start(claimDate, occurrences);
        Instant now = Instant.now();
        Entitlement e = new Entitlement(
                claim.recipient(),
                recipient.setaibango(),
                claimDate,
                ChildAllowanceLaw.effective(start),
                start.special(),
                claim.statusReportReason(),
                claim.income(),
                claim.dependants(),
                claim.elderlyDependants(),
                now);
        for (int i = 0; i < children.size(); i++) {
            ClaimedChild c = claim.children().get(i);
            e.addChild(checks.enter(
                    e,
                    "jido[" + i + "].atenabango",
                    "jido[" + i + "].kakunin",
                    children.get(i),
                    c.care(),
                    c.confirmed(),
                    start.month()));
        }
        if (!e.hasSupportedChild()) {
            throw Refusal.of("no-supported-child", "jido", "監護し生計を同じくする児童（kango_seikei）が1人以上必要です（児童手当法 第4条）。");
        }
        e.log("認定請求", claimDate, "認定請求を受理（児童" + children.size() + "人）。" + start.reason(), CurrentStaff.actor(), now);
        return lifecycle.claimed(e);
    }
}
