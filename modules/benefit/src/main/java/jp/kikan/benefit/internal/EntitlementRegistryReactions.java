package jp.kikan.benefit.internal;

import java.util.List;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.events.InboxListener;
import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.ResidentDied;
import jp.kikan.residentregistry.events.ResidentMovedOut;
import org.springframework.stereotype.Component;

/**
 * The registry events every 受給資格 law reacts to (出生, 転出確定, 死亡), handed to each law's
 * {@link EntitlementLifecycle}: once per law and event through the platform's inbox (under the law's own consumer
 * name), inside the event's tenant and in a transaction of its own, so one law's failure neither undoes nor repeats
 * another's reaction.
 */
@Component
class EntitlementRegistryReactions {

    private final EventInbox inbox;
    private final List<EntitlementLifecycle<?, ?, ?>> laws;

    EntitlementRegistryReactions(EventInbox inbox, List<EntitlementLifecycle<?, ?, ?>> laws) {
        this.inbox = inbox;
        this.laws = laws;
    }

    @InboxListener
    void on(BirthRecorded event) {
        laws.forEach(law -> inbox.handle(law.consumer(), event, () -> law.birth(event)));
    }

    @InboxListener
    void on(ResidentMovedOut event) {
        laws.forEach(law -> inbox.handle(
                law.consumer(), event, () -> law.gone(event.atenabango(), event.effectiveDate(), "TENSHUTSU")));
    }

    @InboxListener
    void on(ResidentDied event) {
        laws.forEach(law -> inbox.handle(
                law.consumer(), event, () -> law.gone(event.atenabango(), event.effectiveDate(), "SHIBO")));
    }
}
