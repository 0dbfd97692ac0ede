/**
 * The events 児童手当 publishes (specs/child-allowance/events.yaml), one per 受給資格 and change, in the transaction of
 * the change: {@link jp.kikan.childallowance.events.ChildAllowanceGranted} (認定),
 * {@link jp.kikan.childallowance.events.ChildAllowanceRevised} (額改定) and
 * {@link jp.kikan.childallowance.events.ChildAllowanceEnded} (消滅). They carry no amount and no address.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package jp.kikan.childallowance.events;
