package jp.kikan.childallowance.events;

import jp.kikan.benefit.entitlement.EntitlementEvent;

/** An event of 児童手当 about one 受給資格. */
public sealed interface ChildAllowanceEvent extends EntitlementEvent
        permits ChildAllowanceGranted, ChildAllowanceRevised, ChildAllowanceEnded {

    /** The business slug of every 児童手当 event. */
    String BUSINESS = "child-allowance";

    @Override
    default String business() {
        return BUSINESS;
    }
}
