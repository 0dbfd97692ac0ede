package jp.kikan.migration.residentregistry.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import jp.kikan.migration.core.report.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks between records: duplicates, references, dependants. */
class CrossRecordChecksTest {

    @TempDir
    Path folder;

    @Test
    void everyOccurrenceOfADuplicateKeyIsRejectedWithItsDependants() throws IOException {
        RunReport report = new TestSet(folder)
                .household("500001", "100001")
                .resident("100001", "500001", "01")
                .resident("100002", "500001", "04")
                .resident("100002", "500001", "04", "shimei=山田　次郎")
                .history("100002", "1", "10", "2001-01-01", "")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly(
                        "jumin.csv:3:atenabango:duplicate-key",
                        "jumin.csv:4:atenabango:duplicate-key",
                        "idorireki.csv:2:atenabango:parent-rejected");
        assertThat(report.totals().duplicates()).isEqualTo(2);
        assertThat(report.rejections().get(0).problems().get(0).message()).contains("4行目と重複");
    }

    @Test
    void theSamePersonUnderTwoNumbersIsASuspectedDuplicate() throws IOException {
        RunReport report = new TestSet(folder)
                .household("500001", "100001")
                .resident("100001", "500001", "01")
                .resident("100002", "500001", "04", "shimei=髙橋　一郎", "seinengappi=1990-02-03")
                .resident("100003", "500001", "04", "shimei=高橋 一郎", "seinengappi=H2.2.3")
                .resident("100004", "500001", "04", "shimei=高橋　一郎", "seinengappi=1990-02-04")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly("jumin.csv:3:shimei:duplicate-suspected", "jumin.csv:4:shimei:duplicate-suspected");
    }

    @Test
    void numbersMustBeUniqueAcrossResidentsAndNonResidents() throws IOException {
        RunReport report = new TestSet(folder)
                .household("500001", "100001")
                .resident("100001", "500001", "01", "kojinbango=983205673214")
                .resident("100002", "500001", "04")
                .nonResident("100002")
                .nonResident("900001", "kojinbango=983205673214")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly(
                        "setai.csv:2:setainushi_atenabango:household-head-rejected",
                        "jumin.csv:2:kojinbango:duplicate-key",
                        "jumin.csv:3:atenabango:duplicate-key",
                        "jutogaisha.csv:2:atenabango:duplicate-key",
                        "jutogaisha.csv:3:kojinbango:duplicate-key");
        assertThat(report.rejections().get(2).problems().get(0).message()).contains("jutogaisha.csv 2行目");
    }

    @Test
    void referencesMustResolve() throws IOException {
        RunReport report = new TestSet(folder)
                .household("500001", "100001")
                .household("500002", "100009")
                .household("500003", "100002")
                .household("500004", "100004")
                .resident("100001", "500001", "01")
                .resident("100002", "500001", "04")
                .resident("100003", "509999", "04")
                .resident("100004", "500004", "02")
                .resident("100005", "500004", "01")
                .nonResident("900001")
                .history("100001", "1", "01", "2000-01-01", "2000-01-02")
                .history("100001", "1", "03", "2001-01-01", "2001-01-02")
                .history("199999", "1", "01", "2000-01-01", "2000-01-02")
                .history("900001", "1", "01", "2000-01-01", "2000-01-02")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly(
                        "setai.csv:3:setainushi_atenabango:household-head-missing",
                        "setai.csv:4:setainushi_atenabango:household-head-mismatch",
                        "setai.csv:5:setainushi_atenabango:household-head-mismatch",
                        "jumin.csv:4:setaibango:household-missing",
                        "jumin.csv:5:setaibango:parent-rejected",
                        "jumin.csv:6:zokugara:head-mismatch",
                        "idorireki.csv:2:rirekibango:duplicate-key",
                        "idorireki.csv:3:rirekibango:duplicate-key",
                        "idorireki.csv:4:atenabango:person-missing",
                        "idorireki.csv:5:atenabango:person-missing");
        assertThat(report.rejections())
                .filteredOn(r -> r.line() == 5 && r.file().equals("idorireki.csv"))
                .singleElement()
                .satisfies(r -> assertThat(r.problems().get(0).message()).contains("住登外者"));
    }

    @Test
    void aRejectedHeadTakesTheHouseholdItsMembersAndTheirHistoryWithIt() throws IOException {
        RunReport report = new TestSet(folder)
                .household("500001", "100001")
                .household("500002", "100003")
                .resident("100001", "500001", "01", "kojinbango=983205673210")
                .resident("100002", "500001", "02")
                .resident("100003", "500002", "01")
                .resident("100004", "500002", "04", "seibetsu=X")
                .history("100002", "1", "01", "2000-01-01", "2000-01-02")
                .history("100003", "1", "01", "2000-01-01", "2000-01-02")
                .history("100004", "1", "10", "2000-01-01", "")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly(
                        "setai.csv:2:setainushi_atenabango:household-head-rejected",
                        "jumin.csv:2:kojinbango:check-digit",
                        "jumin.csv:3:setaibango:parent-rejected",
                        "jumin.csv:5:seibetsu:unknown-code",
                        "idorireki.csv:2:atenabango:parent-rejected",
                        "idorireki.csv:4:atenabango:parent-rejected");
        assertThat(report.reconciled()).isTrue();
        assertThat(report.files())
                .extracting(f -> f.accepted() + "/" + f.rejected() + "/" + f.read())
                .containsExactly("1/1/2", "1/3/4", "1/2/3");
    }

    @Test
    void aFileThatCannotBeReadToItsEndMakesTheRunIncomplete() throws IOException {
        RunReport report = new TestSet(folder)
                .household("500001", "100001")
                .resident("100001", "500001", "01")
                .raw("idorireki.csv", TestSet.IDORIREKI, "100001,1,01,2000-01-01,2000-01-02", "100001,2,\"03,x", "y")
                .run();
        assertThat(report.complete()).isFalse();
        assertThat(report.reconciled()).isTrue();
        assertThat(report.files().get(2).error()).contains("3行目").contains("1 件まで読みました");
        assertThat(report.files().get(2).read()).isEqualTo(1);
    }
}
