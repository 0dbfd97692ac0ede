package jp.kikan.childrearingallowance.events;

import jp.kikan.benefit.entitlement.EntitlementEvent;

/** An event of 児童扶養手当 about one 受給資格. */
public sealed interface ChildRearingAllowanceEvent extends EntitlementEvent
        permits ChildRearingAllowanceGranted, ChildRearingAllowanceRevised, ChildRearingAllowanceEnded {

    /** The business slug of every 児童扶養手当 event. */
    String BUSINESS = "child-rearing-allowance";

    @Override
    default String business() {
        return BUSINESS;
    }
}
