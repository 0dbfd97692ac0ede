package jp.kikan.childrearingallowance.internal;

import java.time.LocalDate;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementEvents;
import jp.kikan.benefit.entitlement.EntitlementLaw;
import jp.kikan.benefit.entitlement.EntitlementRepository;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.benefit.entitlement.Wording;
import jp.kikan.childrearingallowance.domain.EffectiveMonth;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceEnded;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceGranted;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceRevised;
import jp.kikan.platform.Business;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * 児童扶養手当 as the entitlement kit runs it: its months (第7条第1項, 第8条), its 事由, that a 受給資格 needs a 対象児童,
 * its wording and its events. (A 受給者 who moves keeps the right elsewhere: the new 支給機関 pays from the next month.)
 */
@Component
class ChildRearingAllowanceLaw implements EntitlementLaw<Entitlement, EntitlementChild, Revision> {

    static final Business BUSINESS = Business.CHILD_REARING_ALLOWANCE;

    /** Its words and 事由 (child-rearing-allowance: entitlement.properties). */
    static final Wording WORDING = Wording.of("jp.kikan.childrearingallowance.internal.entitlement");

    private final ChildRearingAllowanceEntitlements entitlements;
    private final EffectiveMonths months;

    ChildRearingAllowanceLaw(ChildRearingAllowanceEntitlements entitlements, EffectiveMonths months) {
        this.entitlements = entitlements;
        this.months = months;
    }

    static Effective effective(EffectiveMonth month) {
        return new Effective(month.month(), month.reason());
    }

    @Override
    public Business business() {
        return BUSINESS;
    }

    @Override
    public EntitlementRepository<Entitlement> entitlements() {
        return entitlements;
    }

    /** An increase counts from the month after the 額改定請求 (第8条第1項). */
    @Override
    public Effective increase(LocalDate claimDate, Revision revision, ResidentSnapshot child) {
        return effective(months.increase(claimDate));
    }

    @Override
    public Effective decrease(LocalDate eventDate) {
        return effective(months.decrease(eventDate));
    }

    @Override
    public Effective end(LocalDate eventDate) {
        return effective(months.end(eventDate));
    }

    @Override
    public RevisionRecord.Factory<Revision> revisions() {
        return Revision::new;
    }

    @Override
    public boolean paysForAChild(Entitlement entitlement) {
        return !entitlement.openChildren().isEmpty();
    }

    @Override
    public String noChildReason() {
        return "JIDO_FUZAI";
    }

    @Override
    public Wording wording() {
        return WORDING;
    }

    @Override
    public EntitlementEvents events() {
        return new EntitlementEvents(
                ChildRearingAllowanceGranted::new, ChildRearingAllowanceRevised::new, ChildRearingAllowanceEnded::new);
    }
}
