package jp.kikan.migration.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RunReportTest {

    private static FileReport file(String name, long read, long accepted, long rejected, Long emitted) {
        return new FileReport(
                name,
                "jumin",
                "csv",
                "UTF-8",
                null,
                read,
                accepted,
                rejected,
                0,
                0,
                emitted,
                null,
                new TreeMap<>(Map.of("check-digit", rejected)),
                new TreeMap<>(),
                List.of(),
                null);
    }

    private static Rejection rejection(String file, long line) {
        return new Rejection(
                file, line, List.of(new RejectionProblem("kojinbango", "check-digit", "個人番号の検査用数字が一致しません")));
    }

    @Test
    void reconcilesReadAcceptedRejectedAndEmitted() {
        RunReport ok = RunReport.of(
                "t", "in", List.of(file("jumin.csv", 3, 2, 1, 2L)), List.of(), List.of(rejection("jumin.csv", 2)));
        assertThat(ok.reconciled()).isTrue();
        assertThat(ok.complete()).isTrue();
        assertThat(RunReport.of(
                                "t",
                                "in",
                                List.of(file("jumin.csv", 3, 1, 1, null)),
                                List.of(),
                                List.of(rejection("jumin.csv", 2)))
                        .reconciled())
                .as("read ≠ accepted + rejected")
                .isFalse();
        assertThat(RunReport.of(
                                "t",
                                "in",
                                List.of(file("jumin.csv", 3, 2, 1, 1L)),
                                List.of(),
                                List.of(rejection("jumin.csv", 2)))
                        .reconciled())
                .as("emitted ≠ accepted")
                .isFalse();
        assertThat(RunReport.of("t", "in", List.of(file("jumin.csv", 3, 2, 1, null)), List.of(), List.of())
                        .reconciled())
                .as("rejections listed ≠ rejected")
                .isFalse();
    }

    @Test
    void sortsRejectionsByFileOrderAndLine() {
        RunReport report = RunReport.of(
                "t",
                "in",
                List.of(file("setai.csv", 1, 0, 1, null), file("jumin.csv", 20, 18, 2, null)),
                List.of(),
                List.of(rejection("jumin.csv", 10), rejection("jumin.csv", 2), rejection("setai.csv", 5)));
        assertThat(report.rejections())
                .extracting(r -> r.file() + ":" + r.line())
                .containsExactly("setai.csv:5", "jumin.csv:2", "jumin.csv:10");
    }

    @Test
    void theMarkdownReportIsReadable() {
        RunReport report = RunReport.of(
                "2026-04-01T00:00:00Z",
                "legacy",
                List.of(file("jumin.csv", 3, 2, 1, null)),
                List.of("注記"),
                List.of(rejection("jumin.csv", 2)));
        String md = ReportWriter.markdown(report);
        assertThat(md)
                .contains("# 移行データ検証レポート")
                .contains("| jumin.csv | jumin | csv | UTF-8 | 3 | 2 | 1 | 0 | 0 | - |")
                .contains("| jumin.csv | 2 | `kojinbango` | `check-digit` | 個人番号の検査用数字が一致しません |")
                .contains("件数の突合（読込 = 受入 + 不受理）: 一致");
        assertThat(ReportWriter.json().writeValueAsString(report))
                .contains("\"reportVersion\" : 1")
                .contains("\"rejectedByReason\" : {\n      \"check-digit\" : 1");
    }
}
