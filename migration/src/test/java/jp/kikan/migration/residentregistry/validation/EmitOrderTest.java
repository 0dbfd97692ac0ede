package jp.kikan.migration.residentregistry.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyRecordSink;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a loader receives: households, then 住登外者, then each resident immediately followed by its own accepted
 * history rows, also when the history file is in another order than the residents (here by date), and never a
 * rejected record.
 */
class EmitOrderTest {

    @TempDir
    Path folder;

    @Test
    void eachResidentComesWithItsOwnHistoryWhateverTheHistoryFilesOrder() throws IOException {
        List<String> received = new ArrayList<>();
        LegacyRecordSink sink = new LegacyRecordSink() {
            @Override
            public void household(LegacyHousehold household) {
                received.add("setai " + household.setaibango());
            }

            @Override
            public void resident(LegacyResident resident) {
                received.add("jumin " + resident.atenabango());
            }

            @Override
            public void nonResident(LegacyNonResident nonResident) {
                received.add("jutogaisha " + nonResident.atenabango());
            }

            @Override
            public void history(LegacyHistoryRow row) {
                received.add("idorireki " + row.atenabango() + "/" + row.rirekibango());
            }
        };
        RunReport report = new TestSet(folder)
                .household("1", "101")
                .household("2", "201")
                .resident("101", "1", "01")
                .resident("102", "1", "02")
                .resident("201", "2", "01", "kojinbango=123456789010")
                .nonResident("800000000000001")
                .history("201", "1", "01", "1999-04-01", "1999-04-02")
                .history("101", "1", "01", "2000-01-01", "2000-01-02")
                .history("102", "1", "01", "2000-01-01", "2000-01-02")
                .history("101", "2", "03", "2010-05-01", "2010-05-03")
                .history("999", "1", "03", "2011-01-01", "2011-01-02")
                .run(sink);

        assertThat(report.reconciled()).isTrue();
        assertThat(TestSet.problems(report))
                .containsExactlyInAnyOrder(
                        "jumin.csv:4:kojinbango:check-digit",
                        "setai.csv:3:setainushi_atenabango:household-head-rejected",
                        "idorireki.csv:2:atenabango:parent-rejected",
                        "idorireki.csv:6:atenabango:person-missing");
        assertThat(received)
                .containsExactly(
                        "setai 1",
                        "jutogaisha 800000000000001",
                        "jumin 101",
                        "idorireki 101/1",
                        "idorireki 101/2",
                        "jumin 102",
                        "idorireki 102/1");
    }
}
