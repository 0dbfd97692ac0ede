package jp.kikan.childrearingallowance.internal;

import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.events.InboxListener;
import jp.kikan.residentregistry.events.HouseholdChanged;
import org.springframework.stereotype.Component;

/**
 * The registry's 世帯変更 as 児童扶養手当 reacts to it (the kit reacts to 出生, 転出 and 死亡 for every law): once per event
 * through the platform's inbox, in the event's tenant and a transaction of its own, a 配偶者 now in a 受給者's household
 * raises the 資格喪失 proposal ({@link Proposals#householdChanged}).
 */
@Component
class HouseholdReactions {

    static final String CONSUMER = "child-rearing-allowance.household-reactions";

    private final EventInbox inbox;
    private final Proposals proposals;

    HouseholdReactions(EventInbox inbox, Proposals proposals) {
        this.inbox = inbox;
        this.proposals = proposals;
    }

    @InboxListener
    void on(HouseholdChanged event) {
        inbox.handle(CONSUMER, event, () -> proposals.householdChanged(event));
    }
}
