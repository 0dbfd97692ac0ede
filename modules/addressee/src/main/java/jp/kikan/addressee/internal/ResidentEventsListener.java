package jp.kikan.addressee.internal;

import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.ResidentMovedIn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person is entered in the registry (転入, 職権記載, 出生), looks for 住登外者 who may be the same person and
 * records them as 名寄せ candidates for the businesses that numbered them; nothing is merged automatically.
 */
@Component
class ResidentEventsListener {

    private final AddresseeDirectory directory;

    ResidentEventsListener(AddresseeDirectory directory) {
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(ResidentMovedIn event) {
        event.runInTenant(() -> directory.proposeMerges(event.atenabango()));
    }

    @ApplicationModuleListener
    void on(BirthRecorded event) {
        event.runInTenant(() -> directory.proposeMerges(event.atenabango()));
    }
}
