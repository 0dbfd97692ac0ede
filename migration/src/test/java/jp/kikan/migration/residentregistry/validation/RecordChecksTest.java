package jp.kikan.migration.residentregistry.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import jp.kikan.migration.core.report.FileReport;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-record checks, through whole runs over small sets. */
class RecordChecksTest {

    @TempDir
    Path folder;

    private TestSet household() {
        return new TestSet(folder).household("500001", "100001").resident("100001", "500001", "01");
    }

    @Test
    void aCleanSetIsAcceptedAndHandedOnAsTypedRecords() throws IOException {
        TestSet.Collected sink = new TestSet.Collected();
        RunReport report = household()
                .resident(
                        "100002",
                        "500001",
                        "02",
                        "kojinbango=983205673214",
                        "seibetsu=2",
                        "shimei_furigana=ﾔﾏﾀﾞ ﾊﾅｺ",
                        "seinengappi=S450000")
                .history("100001", "1", "01", "2000-01-01", "2000-01-05")
                .history("100002", "1", "10", "H2.3.4", "")
                .nonResident("900001", "kojinbango=123456789018")
                .run(sink);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.reconciled()).isTrue();
        assertThat(report.totals().read()).isEqualTo(6);
        assertThat(report.files()).extracting(FileReport::emitted).containsExactly(1L, 2L, 1L, 2L);
        assertThat(sink.households).singleElement().satisfies(h -> assertThat(h.setainushiAtenabango())
                .isEqualTo("100001"));
        LegacyResident wife = sink.residents.get(1);
        assertThat(wife.zokugara().label()).isEqualTo("妻");
        assertThat(wife.setainushi()).isFalse();
        assertThat(sink.residents.get(0).setainushi()).isTrue();
        assertThat(wife.kojinbango().value()).isEqualTo("983205673214");
        assertThat(wife.shimeiFurigana()).isEqualTo("ヤマダ　ハナコ");
        assertThat(wife.seinengappi().isFusho()).isTrue();
        assertThat(wife.seinengappi().fushoHyoki()).isEqualTo("昭和45年不詳");
        assertThat(wife.source().line()).isEqualTo(3);
        assertThat(sink.history.get(1).idoYmd().isoText()).isEqualTo("1990-03-04");
        assertThat(sink.nonResidents)
                .singleElement()
                .satisfies(n -> assertThat(n.jusho().shikuchosonkodo().value()).isEqualTo("131041"));
        FileReport jumin = report.files().get(1);
        assertThat(jumin.normalisations()).containsEntry("kana-widened", 1L).containsEntry("ascii-widened", 1L);
    }

    @Test
    void eachItemIsCheckedByItsTypeRuleAndCodeList() throws IOException {
        RunReport report = household()
                .resident("100002", "500001", "04", "kojinbango=983205673210")
                .resident("100003", "500001", "04", "shimei=")
                .resident("100004", "500001", "04", "jumin_shubetsu=2")
                .resident("100005", "500001", "99")
                .resident("100006", "500001", "04", "juminninatta_ymd=S450000")
                .resident("100007", "500001", "04", "seinengappi=H310230")
                .resident("100008", "500001", "04", "jusho_shikuchosonkodo=139990")
                .resident("100009", "500001", "04", "seibetsu=9")
                .resident("100010", "500001", "04", "setainushifuragu=1")
                .resident("100011", "500001", "04", "shimei=" + "あ".repeat(101))
                .resident("100012", "500001", "04", "atenabango=1000-12")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly(
                        "jumin.csv:3:kojinbango:check-digit",
                        "jumin.csv:4:shimei:required",
                        "jumin.csv:5:kokuseki:required",
                        "jumin.csv:6:zokugara:unknown-code",
                        "jumin.csv:7:juminninatta_ymd:date-fusho-not-allowed",
                        "jumin.csv:8:seinengappi:invalid-date",
                        "jumin.csv:9:jusho_shikuchosonkodo:check-digit",
                        "jumin.csv:10:seibetsu:unknown-code",
                        "jumin.csv:11:setainushifuragu:setainushi-mismatch",
                        "jumin.csv:12:shimei:too-long",
                        "jumin.csv:13:atenabango:format");
        assertThat(report.rejections().get(0).problems().get(0).message())
                .isEqualTo("個人番号の検査用数字が一致しません")
                .doesNotContain("983205673210");
        assertThat(report.rejections().get(2).problems().get(0).message()).contains("外国人住民の場合は必須");
    }

    @Test
    void aForeignerWithNationalityAndSpelledOutCodesIsAccepted() throws IOException {
        RunReport report = household()
                .resident("100002", "500001", "妻", "jumin_shubetsu=外国人", "kokuseki=ベトナム", "seibetsu=女")
                .resident("100003", "500001", "長男", "jusho_shikuchosonkodo=13999")
                .run();
        assertThat(report.rejections()).isEmpty();
        assertThat(report.files().get(1).normalisations())
                .containsEntry("code-mapped", 4L)
                .containsEntry("lg-code-completed", 1L);
    }

    @Test
    void notificationsNeedTheirDateAndOfficialEntriesDoNot() throws IOException {
        RunReport report = household()
                .history("100001", "1", "01", "2000-01-01", "")
                .history("100001", "2", "10", "2000-01-01", "")
                .history("100001", "3", "20", "2001-01-01", "")
                .history("100001", "4", "99", "2001-01-01", "")
                .run();
        assertThat(TestSet.problems(report))
                .containsExactly("idorireki.csv:2:todokedeymd:required", "idorireki.csv:5:idojiyu:unknown-code");
    }

    @Test
    void aLegacyCodeTableReplacesKikanCodesForItsList() throws IOException {
        RunReport report = new TestSet(folder)
                .legacyCodes("list\tlegacy_code\tkikan_code\tnote\nzokugara\t10\t01\t世帯主\nzokugara\t20\t02\t妻\n")
                .household("500001", "100001")
                .resident("100001", "500001", "10")
                .resident("100002", "500001", "20")
                .resident("100003", "500001", "02")
                .resident("100004", "500001", "子")
                .run();
        assertThat(TestSet.problems(report)).containsExactly("jumin.csv:4:zokugara:unknown-code");
        assertThat(report.rejections().get(0).problems().get(0).message()).contains("旧システムのコード対応表にもありません");
    }

    @Test
    void unknownColumnsAreKeptAndMissingColumnsNoted() throws IOException {
        TestSet.Collected sink = new TestSet.Collected();
        RunReport report = new TestSet(folder)
                .raw("setai.csv", "setaibango,setainushi_atenabango,bikou", "500001,100001,メモ")
                .resident("100001", "500001", "01")
                .run(sink);
        assertThat(report.rejections()).isEmpty();
        assertThat(sink.households.get(0).extras()).containsEntry("bikou", "メモ");
        assertThat(report.files().get(0).notices())
                .anySatisfy(n -> assertThat(n).contains("bikou"));
        assertThat(report.files().get(1).notices())
                .anySatisfy(n -> assertThat(n).contains("honseki"));
    }

    @Test
    void undecodableBytesAreReportedOnceForTheirItem() throws IOException {
        TestSet set = household();
        set.writeFiles();
        java.nio.file.Files.write(folder.resolve("setai.csv"), new byte[] {
            's',
            'e',
            't',
            'a',
            'i',
            'b',
            'a',
            'n',
            'g',
            'o',
            ',',
            's',
            'e',
            't',
            'a',
            'i',
            'n',
            'u',
            's',
            'h',
            'i',
            '_',
            'a',
            't',
            'e',
            'n',
            'a',
            'b',
            'a',
            'n',
            'g',
            'o',
            '\n',
            '5',
            '0',
            '0',
            '0',
            '0',
            '1',
            ',',
            '1',
            '0',
            '0',
            '0',
            '0',
            '1',
            '\n',
            '5',
            '0',
            '0',
            '0',
            '0',
            (byte) 0xC3,
            ',',
            '1',
            '\n'
        });
        RunReport report = new MigrationValidator(
                        ItemCatalogue.standard(), CodeLists.standard(), jp.kikan.migration.core.text.GaijiTable.empty())
                .validate(
                        jp.kikan.migration.residentregistry.reader.LegacySet.open(
                                folder, jp.kikan.migration.core.text.SourceEncoding.UTF_8),
                        java.time.Instant.EPOCH,
                        null,
                        ProgressListener.NONE);
        assertThat(TestSet.problems(report))
                .containsExactly(
                        "setai.csv:3:setaibango:malformed-bytes",
                        "setai.csv:3:setainushi_atenabango:household-head-missing");
    }
}
