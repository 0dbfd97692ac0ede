package jp.kikan.childrearingallowance.internal;

import java.time.LocalDate;
import jp.kikan.benefit.entitlement.DeclaredEntitlementLaw;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementEvents;
import jp.kikan.childrearingallowance.domain.EffectiveMonth;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceEnded;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceGranted;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceRevised;
import jp.kikan.platform.Business;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * 児童扶養手当 as the entitlement kit runs it: its months (第7条第1項, 第8条), its 事由, that a 受給資格 needs a 対象児童
 * (the kit's default), its wording (entitlement.properties) and its events. (A 受給者 who moves keeps the right
 * elsewhere: the new 支給機関 pays from the next month.)
 */
@Component
class ChildRearingAllowanceLaw extends DeclaredEntitlementLaw<Entitlement, EntitlementChild, Revision> {

    static final Business BUSINESS = Business.CHILD_REARING_ALLOWANCE;

    private final EffectiveMonths months;

    ChildRearingAllowanceLaw(ChildRearingAllowanceEntitlements entitlements, EffectiveMonths months) {
        super(new Declaration<>(
                BUSINESS,
                entitlements,
                Revision::new,
                "JIDO_FUZAI",
                new EntitlementEvents(
                        ChildRearingAllowanceGranted::new,
                        ChildRearingAllowanceRevised::new,
                        ChildRearingAllowanceEnded::new)));
        this.months = months;
    }

    static Effective effective(EffectiveMonth month) {
        return new Effective(month.month(), month.reason());
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
}
