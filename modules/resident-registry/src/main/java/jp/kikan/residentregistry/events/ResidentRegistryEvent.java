package jp.kikan.residentregistry.events;

import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EnvelopedEvent;

/** An event of the resident registry about one person. */
public sealed interface ResidentRegistryEvent extends EnvelopedEvent
        permits ResidentMovedIn,
                BirthRecorded,
                ResidentAddressChanged,
                ResidentMoveOutNotified,
                ResidentMovedOut,
                ResidentDied,
                HouseholdChanged,
                ResidentRecordCorrected,
                ResidenceStatusChanged,
                SupportMeasureChanged {

    /** The business slug of every resident registry event. */
    String BUSINESS = "resident-registry";

    /** 宛名番号 of the person. */
    String atenabango();

    /** 世帯番号 of the person's household after the change. */
    String setaibango();

    /** The 異動 this event belongs to (one 異動 may concern several persons). */
    UUID idoId();

    /** 異動日: every registry event has one. */
    @Override
    default LocalDate effectiveDate() {
        return envelope().effectiveDate();
    }

    @Override
    default String business() {
        return BUSINESS;
    }
}
