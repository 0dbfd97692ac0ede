package jp.kikan.childallowance.internal;

import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.events.InboxListener;
import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.ResidentDied;
import jp.kikan.residentregistry.events.ResidentMovedOut;
import org.springframework.stereotype.Component;

/**
 * The registry events 児童手当 reacts to (出生, 転出確定, 死亡), each handled once through the platform's inbox, inside the
 * event's tenant and in the inbox's transaction ({@link RegistryReactions}).
 */
@Component("childAllowanceRegistryEventsListener")
class RegistryEventsListener {

    /** This module's consumer name in the inbox. */
    static final String CONSUMER = "child-allowance.registry-reactions";

    private final EventInbox inbox;
    private final RegistryReactions reactions;

    RegistryEventsListener(EventInbox inbox, RegistryReactions reactions) {
        this.inbox = inbox;
        this.reactions = reactions;
    }

    @InboxListener
    void on(BirthRecorded event) {
        inbox.handle(CONSUMER, event, () -> reactions.birth(event));
    }

    @InboxListener
    void on(ResidentMovedOut event) {
        inbox.handle(CONSUMER, event, () -> reactions.gone(event.atenabango(), event.effectiveDate(), "TENSHUTSU"));
    }

    @InboxListener
    void on(ResidentDied event) {
        inbox.handle(CONSUMER, event, () -> reactions.gone(event.atenabango(), event.effectiveDate(), "SHIBO"));
    }
}
