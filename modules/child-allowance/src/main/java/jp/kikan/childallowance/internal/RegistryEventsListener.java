package jp.kikan.childallowance.internal;

import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.ResidentDied;
import jp.kikan.residentregistry.events.ResidentMovedOut;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The registry events 児童手当 reacts to (出生, 転出確定, 死亡). The work begins its own transaction inside the event's
 * tenant ({@link RegistryReactions}); the listener's own transaction is begun before the tenant is bound.
 */
@Component("childAllowanceRegistryEventsListener")
class RegistryEventsListener {

    private final RegistryReactions reactions;

    RegistryEventsListener(RegistryReactions reactions) {
        this.reactions = reactions;
    }

    @ApplicationModuleListener
    void on(BirthRecorded event) {
        event.runInTenant(() -> reactions.birth(event));
    }

    @ApplicationModuleListener
    void on(ResidentMovedOut event) {
        event.runInTenant(
                () -> reactions.gone(event.eventId(), event.atenabango(), event.effectiveDate(), "TENSHUTSU"));
    }

    @ApplicationModuleListener
    void on(ResidentDied event) {
        event.runInTenant(() -> reactions.gone(event.eventId(), event.atenabango(), event.effectiveDate(), "SHIBO"));
    }
}
