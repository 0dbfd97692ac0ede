package jp.kikan.addressee.internal;

import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.events.InboxListener;
import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.ResidentMovedIn;
import org.springframework.stereotype.Component;

/**
 * When a person is entered in the registry (転入, 職権記載, 出生), looks for 住登外者 who may be the same person and
 * records them as 名寄せ candidates for the businesses that numbered them; nothing is merged automatically. Each event
 * is handled once, through the platform's inbox.
 */
@Component
class ResidentEventsListener {

    /** This module's consumer name in the inbox. */
    static final String CONSUMER = "addressee.merge-proposals";

    private final EventInbox inbox;
    private final AddresseeDirectory directory;

    ResidentEventsListener(EventInbox inbox, AddresseeDirectory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @InboxListener
    void on(ResidentMovedIn event) {
        inbox.handle(CONSUMER, event, () -> directory.proposeMerges(event.atenabango()));
    }

    @InboxListener
    void on(BirthRecorded event) {
        inbox.handle(CONSUMER, event, () -> directory.proposeMerges(event.atenabango()));
    }
}
