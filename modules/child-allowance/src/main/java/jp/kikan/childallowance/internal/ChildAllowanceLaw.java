package jp.kikan.childallowance.internal;

import java.time.LocalDate;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementEvents;
import jp.kikan.benefit.entitlement.EntitlementLaw;
import jp.kikan.benefit.entitlement.EntitlementRepository;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.benefit.entitlement.Wording;
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
 * 支給要件児童 (第4条), its wording and its events.
 */
@Component
class ChildAllowanceLaw implements EntitlementLaw<Entitlement, EntitlementChild, Revision> {

    static final Business BUSINESS = Business.CHILD_ALLOWANCE;

    /** Its words and 事由 (child-allowance: entitlement.properties). */
    static final Wording WORDING = Wording.of("jp.kikan.childallowance.internal.entitlement");

    private final ChildAllowanceEntitlements entitlements;
    private final EffectiveMonths months;

    ChildAllowanceLaw(ChildAllowanceEntitlements entitlements, EffectiveMonths months) {
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

    @Override
    public RevisionRecord.Factory<Revision> revisions() {
        return Revision::new;
    }

    @Override
    public boolean paysForAChild(Entitlement entitlement) {
        return entitlement.hasSupportedChild();
    }

    @Override
    public String noChildReason() {
        return "JIDO_NASHI";
    }

    @Override
    public Wording wording() {
        return WORDING;
    }

    @Override
    public EntitlementEvents events() {
        return new EntitlementEvents(ChildAllowanceGranted::new, ChildAllowanceRevised::new, ChildAllowanceEnded::new);
    }
}
