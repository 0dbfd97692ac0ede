/**
 * The events the resident registry publishes (specs/resident-registry/events.yaml), one per person and 異動, in the
 * transaction of the change. Every event names the person (宛名番号) and the household, carries the 異動日 as
 * {@code effectiveDate} and the DV等支援措置 restriction as {@code restricted}; consumers read details through
 * {@link jp.kikan.residentregistry.ResidentRegistry} as of the 異動日.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package jp.kikan.residentregistry.events;
