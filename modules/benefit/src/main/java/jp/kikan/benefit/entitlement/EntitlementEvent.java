package jp.kikan.benefit.entitlement;

import java.util.UUID;
import jp.kikan.platform.events.EnvelopedEvent;

/**
 * An event of a law about one 受給資格 ({@link EntitlementEvents}): what every such event names besides its envelope. A
 * law's sealed event interface extends it and names its business.
 */
public interface EntitlementEvent extends EnvelopedEvent {

    /** The 受給資格. */
    UUID entitlementId();

    /** 宛名番号 of the 受給者. */
    String atenabango();
}
