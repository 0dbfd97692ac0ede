package jp.kikan.childrearingallowance.events;

import java.util.UUID;
import jp.kikan.platform.events.EnvelopedEvent;

/** An event of 児童扶養手当 about one 受給資格. */
public sealed interface ChildRearingAllowanceEvent extends EnvelopedEvent
        permits ChildRearingAllowanceGranted, ChildRearingAllowanceRevised, ChildRearingAllowanceEnded {

    /** The business slug of every 児童扶養手当 event. */
    String BUSINESS = "child-rearing-allowance";

    /** The 受給資格. */
    UUID entitlementId();

    /** 宛名番号 of the 受給者. */
    String atenabango();

    @Override
    default String business() {
        return BUSINESS;
    }
}
