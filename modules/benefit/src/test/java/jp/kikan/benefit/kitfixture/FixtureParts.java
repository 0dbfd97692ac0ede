package jp.kikan.benefit.kitfixture;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.benefit.entitlement.ChildRecord;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementRecord;
import jp.kikan.benefit.entitlement.HistoryRecord;
import jp.kikan.benefit.entitlement.PhaseCodes;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.benefit.entitlement.StatusReportRecord;

/** The fixture law's entities: each part of the kit mapped to a table of the schema kit_fixture. */
final class FixtureParts {

    private FixtureParts() {}

    /** 受給資格 of the fixture 手当; its end is 資格喪失. */
    @Entity(name = "KitFixtureEntitlement")
    @Table(schema = "kit_fixture", name = "entitlement")
    @Convert(attributeName = "phase", converter = PhaseCodes.Loss.class)
    @AttributeOverride(name = "endReason", column = @Column(name = "soshitsu_jiyu"))
    @AttributeOverride(name = "endDate", column = @Column(name = "soshitsu_ymd"))
    static class Entitlement extends EntitlementRecord<Child, Revision, StatusReport, History> {

        private static final Parts<StatusReport, History> PARTS =
                new Parts<>(new PhaseCodes.Loss(), History::new, StatusReport::new);

        protected Entitlement() {
            super(PARTS);
        }

        Entitlement(String recipient, String household, LocalDate claimDate, Effective start, Instant now) {
            super(PARTS, recipient, household, claimDate, start, now);
        }
    }

    @Entity(name = "KitFixtureChild")
    @Table(schema = "kit_fixture", name = "entitlement_child")
    static class Child extends ChildRecord {
        protected Child() {}

        Child(int position, String atenabango, LocalDate birth, YearMonth from) {
            super(position, atenabango, birth, from);
        }
    }

    @Entity(name = "KitFixtureRevision")
    @Table(schema = "kit_fixture", name = "revision")
    static class Revision extends RevisionRecord {}

    @Entity(name = "KitFixtureStatusReport")
    @Table(schema = "kit_fixture", name = "status_report")
    static class StatusReport extends StatusReportRecord {}

    @Entity(name = "KitFixtureHistory")
    @Table(schema = "kit_fixture", name = "history")
    static class History extends HistoryRecord {}
}
