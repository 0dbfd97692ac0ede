/**
 * The events 児童扶養手当 publishes (specs/child-rearing-allowance/events.yaml), one per 受給資格 and change, in the transaction of
 * the change: {@link jp.kikan.childrearingallowance.events.ChildRearingAllowanceGranted} (認定),
 * {@link jp.kikan.childrearingallowance.events.ChildRearingAllowanceRevised} (額改定) and
 * {@link jp.kikan.childrearingallowance.events.ChildRearingAllowanceEnded} (資格喪失). They carry no amount and no address.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package jp.kikan.childrearingallowance.events;
