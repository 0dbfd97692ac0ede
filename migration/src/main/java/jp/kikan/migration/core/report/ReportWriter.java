package jp.kikan.migration.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.kikan.migration.core.model.Normalisation;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link RunReport} as {@code report.json} (every field, every rejection) and {@code report.md} (the counts,
 * the normalisations and the rejections, at most {@value #MARKDOWN_REJECTION_LIMIT} of them: the JSON has all).
 */
public final class ReportWriter {

    /** Rejections listed in the Markdown report; the JSON report lists them all. */
    public static final int MARKDOWN_REJECTION_LIMIT = 2000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ReportWriter() {}

    /** The mapper used for reports and manifests (record order, indented). */
    public static JsonMapper json() {
        return JSON;
    }

    /** Writes {@code report.json} and {@code report.md} into {@code folder}; returns the JSON file. */
    public static Path write(RunReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve("report.json");
        writeJson(report, json);
        writeMarkdown(report, folder.resolve("report.md"));
        return json;
    }

    public static void writeJson(RunReport report, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
    }

    public static void writeMarkdown(RunReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(markdown(report));
        }
    }

    public static String markdown(RunReport report) {
        StringBuilder md = new StringBuilder();
        ImportSummary load = report.load();
        md.append(load == null ? "# 移行データ検証レポート（住民記録）\n\n" : "# 移行レポート（住民記録）\n\n");
        md.append("- 入力: `").append(report.input()).append("`\n");
        if (load != null) {
            md.append("- 格納先: 団体コード ")
                    .append(load.tenant())
                    .append("、移行名 `")
                    .append(cell(load.run()))
                    .append("`（バッチ ")
                    .append(load.batches())
                    .append(" 件、1 バッチ ")
                    .append(load.batchSize())
                    .append(" 人、バッチごとに 1 トランザクション）\n");
            LoadCounts r = load.records();
            md.append("- 格納: 今回格納 ")
                    .append(r.inserted())
                    .append(" 件、格納済み（同じ移行名の前回までの実行）")
                    .append(r.unchanged())
                    .append(" 件、格納拒否 ")
                    .append(r.refused())
                    .append(" 件（住民票の版: 今回 ")
                    .append(load.versionsInserted())
                    .append("、格納済み ")
                    .append(load.versionsUnchanged())
                    .append("）\n");
        }
        md.append("- 開始: ").append(report.startedAt()).append('\n');
        md.append("- 読込の完了: ")
                .append(report.complete() ? "全ファイルを最後まで読みました" : "**読めなかったファイルがあります（下記）**")
                .append('\n');
        md.append(load == null ? "- 件数の突合（読込 = 受入 + 不受理）: " : "- 件数の突合（読込 = 受入 + 不受理、受入 = 今回格納 + 格納済み）: ")
                .append(report.reconciled() ? "一致" : "**不一致**")
                .append('\n');
        Totals t = report.totals();
        md.append("- 合計: 読込 ")
                .append(t.read())
                .append(" 件、受入 ")
                .append(t.accepted())
                .append(" 件、不受理 ")
                .append(t.rejected())
                .append(" 件（うち重複 ")
                .append(t.duplicates())
                .append(" 件）\n\n");

        md.append("## ファイル別件数\n\n");
        md.append("| ファイル | グループ | 形式 | 文字コード | 読込 | 受入 | 不受理 | 重複 | 空行 | 引渡し |");
        md.append(load == null ? "\n|---|---|---|---|--:|--:|--:|--:|--:|--:|\n" : " 今回格納 | 格納済み | 格納拒否 |\n");
        if (load != null) {
            md.append("|---|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        }
        for (FileReport f : report.files()) {
            md.append("| ")
                    .append(cell(f.file()))
                    .append(" | ")
                    .append(f.group())
                    .append(" | ")
                    .append(f.format());
            md.append(" | ")
                    .append(f.encoding())
                    .append(" | ")
                    .append(f.read())
                    .append(" | ")
                    .append(f.accepted());
            md.append(" | ")
                    .append(f.rejected())
                    .append(" | ")
                    .append(f.duplicates())
                    .append(" | ")
                    .append(f.emptyLines());
            md.append(" | ")
                    .append(f.emitted() == null ? "-" : f.emitted().toString())
                    .append(" |");
            LoadCounts counts = f.load();
            if (load != null) {
                md.append(' ')
                        .append(counts == null ? "-" : Long.toString(counts.inserted()))
                        .append(" | ")
                        .append(counts == null ? "-" : Long.toString(counts.unchanged()))
                        .append(" | ")
                        .append(counts == null ? "-" : Long.toString(counts.refused()))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (FileReport f : report.files()) {
            if (f.error() != null) {
                md.append("- **")
                        .append(cell(f.file()))
                        .append(": ")
                        .append(cell(f.error()))
                        .append("**\n");
            }
            for (String notice : f.notices()) {
                md.append("- ")
                        .append(cell(f.file()))
                        .append(": ")
                        .append(cell(notice))
                        .append('\n');
            }
        }

        md.append("\n## 不受理の理由別件数\n\n| ファイル | 理由コード | 件数 |\n|---|---|--:|\n");
        for (FileReport f : report.files()) {
            for (Map.Entry<String, Long> e : f.rejectedByReason().entrySet()) {
                md.append("| ")
                        .append(cell(f.file()))
                        .append(" | `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(e.getValue())
                        .append(" |\n");
            }
        }

        md.append("\n## 正規化（記録した変更）\n\n| ファイル | 正規化 | 項目数 | 内容 |\n|---|---|--:|---|\n");
        for (FileReport f : report.files()) {
            for (Map.Entry<String, Long> e : f.normalisations().entrySet()) {
                md.append("| ")
                        .append(cell(f.file()))
                        .append(" | `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(e.getValue())
                        .append(" | ")
                        .append(describe(e.getKey()))
                        .append(" |\n");
            }
        }

        if (!report.notes().isEmpty()) {
            md.append("\n## 注記\n\n");
            for (String note : report.notes()) {
                md.append("- ").append(note).append('\n');
            }
        }

        md.append("\n## 不受理レコード\n\n");
        if (report.rejections().size() > MARKDOWN_REJECTION_LIMIT) {
            md.append("先頭の ")
                    .append(MARKDOWN_REJECTION_LIMIT)
                    .append(" 件です（全 ")
                    .append(report.rejections().size())
                    .append(" 件は report.json にあります）。\n\n");
        }
        md.append("| ファイル | 行 | 項目 | 理由コード | 内容 |\n|---|--:|---|---|---|\n");
        int n = 0;
        for (Rejection r : report.rejections()) {
            if (n++ >= MARKDOWN_REJECTION_LIMIT) {
                break;
            }
            for (RejectionProblem p : r.problems()) {
                md.append("| ")
                        .append(cell(r.file()))
                        .append(" | ")
                        .append(r.line())
                        .append(" | ")
                        .append(p.field().isEmpty() ? "（レコード）" : "`" + p.field() + "`")
                        .append(" | `")
                        .append(p.code())
                        .append("` | ")
                        .append(cell(p.message()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String describe(String code) {
        for (Normalisation n : Normalisation.values()) {
            if (n.code().equals(code)) {
                return n.description();
            }
        }
        return "";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }
}
