package jp.kikan.benefit.kitfixture;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementEvents;
import jp.kikan.benefit.entitlement.EntitlementLaw;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.EntitlementRepository;
import jp.kikan.benefit.entitlement.EntitlementSupport;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.benefit.entitlement.Wording;
import jp.kikan.benefit.kitfixture.FixtureParts.Child;
import jp.kikan.benefit.kitfixture.FixtureParts.Entitlement;
import jp.kikan.benefit.kitfixture.FixtureParts.Revision;
import jp.kikan.platform.Business;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fixture 手当's law: paid from the month after the 請求 and after an increase's 請求, not counted from the month
 * after an event, paid through the month of an end (the months of 児童扶養手当, without its 所得).
 */
@Configuration(proxyBeanMethods = false)
class FixtureLaw implements EntitlementLaw<Entitlement, Child, Revision> {

    private final FixtureEntitlements entitlements;

    FixtureLaw(FixtureEntitlements entitlements) {
        this.entitlements = entitlements;
    }

    @Bean
    EntitlementLifecycle<Entitlement, Child, Revision> fixtureLifecycle(EntitlementSupport support) {
        return new EntitlementLifecycle<>(this, support);
    }

    static Effective nextMonth(LocalDate date, String rule) {
        return new Effective(YearMonth.from(date).plusMonths(1), rule);
    }

    @Override
    public Business business() {
        return Business.CHILD_CARE_SUPPORT;
    }

    @Override
    public EntitlementRepository<Entitlement> entitlements() {
        return entitlements;
    }

    @Override
    public Effective increase(LocalDate claimDate, Revision revision, ResidentSnapshot child) {
        return nextMonth(claimDate, "請求の翌月から");
    }

    @Override
    public Effective decrease(LocalDate eventDate) {
        return nextMonth(eventDate, "事由の翌月から");
    }

    @Override
    public Effective end(LocalDate eventDate) {
        return new Effective(YearMonth.from(eventDate), "事由の月まで");
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
        return Wording.of("jp.kikan.benefit.kitfixture.entitlement");
    }

    @Override
    public EntitlementEvents events() {
        return new EntitlementEvents(FixtureEvents.Granted::new, FixtureEvents.Revised::new, FixtureEvents.Ended::new);
    }
}
