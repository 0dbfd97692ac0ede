package jp.kikan.childallowance.internal;

import java.time.LocalDate;
import jp.kikan.benefit.entitlement.DeclaredEntitlementLaw;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementEvents;
import jp.kikan.childallowance.domain.EffectiveMonth;
import jp.kikan.childallowance.domain.EffectiveMonths;
import jp.kikan.childallowance.domain.Occurrence;
import jp.kikan.childallowance.events.ChildAllowanceEnded;
import jp.kikan.childallowance.events.ChildAllowanceGranted;
import jp.kikan.childallowance.events.ChildAllowanceRevised;
import jp.kikan.platform.Business;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * 児童手当 as the entitlement kit runs it: its months (第8条, 第9条 and the 15日特例), its 事由, that a 受給資格 needs a
 * 支給要件児童 (第4条), its wording (entitlement.properties) and its events.
 */
@Component
class ChildAllowanceLaw extends DeclaredEntitlementLaw<Entitlement, EntitlementChild, Revision> {

    static final Business BUSINESS = Business.CHILD_ALLOWANCE;

    private final EffectiveMonths months;

    ChildAllowanceLaw(ChildAllowanceEntitlements entitlements, EffectiveMonths months) {
        super(new Declaration<>(
                BUSINESS,
                entitlements,
                Revision::new,
                "JIDO_NASHI",
                new EntitlementEvents(
                        ChildAllowanceGranted::new, ChildAllowanceRevised::new, ChildAllowanceEnded::new)));
        this.months = months;
    }

    static Effective effective(EffectiveMonth month) {
        return new Effective(month.month(), month.reason());
    }

    /** An increase for a birth counts from the 15日特例 of the birth (第9条第1項, 第8条第3項). */
    @Override
    public Effective increase(LocalDate claimDate, Revision revision, ResidentSnapshot child) {
        Occurrence birth =
                revision.reason().equals("SHUSSEI") ? new Occurrence(Occurrence.Kind.BIRTH, child.birthDate()) : null;
        return effective(months.increase(claimDate, birth));
    }

    @Override
    public Effective decrease(LocalDate eventDate) {
        return effective(months.decrease(eventDate));
    }

    @Override
    public Effective end(LocalDate eventDate) {
        return effective(months.end(eventDate));
    }

    /** Only a 支給要件児童 keeps the 受給資格 (第4条): a child counted for the rank only does not. */
    @Override
    public boolean paysForAChild(Entitlement entitlement) {
        return entitlement.hasSupportedChild();
    }
}
