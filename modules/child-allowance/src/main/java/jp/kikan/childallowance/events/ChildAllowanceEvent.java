package jp.kikan.childallowance.events;

import java.util.UUID;
import jp.kikan.platform.events.EnvelopedEvent;

/** An event of 児童手当 about one 受給資格. */
public sealed interface ChildAllowanceEvent extends EnvelopedEvent
        permits ChildAllowanceGranted, ChildAllowanceRevised, ChildAllowanceEnded {

    /** The business slug of every 児童手当 event. */
    String BUSINESS = "child-allowance";

    /** The 受給資格. */
    UUID entitlementId();

    /** 宛名番号 of the 受給者. */
    String atenabango();

    @Override
    default String business() {
        return BUSINESS;
    }
}
