package jp.kikan.conformance.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ConformanceReport} as {@code conformance-report.json} (for tools and CI) and
 * {@code conformance-report.md} (for people). Field order is fixed so that reports diff well.
 */
public final class ReportWriter {

    /** File name of the JSON report. */
    public static final String JSON_FILE = "conformance-report.json";
    /** File name of the Markdown report. */
    public static final String MARKDOWN_FILE = "conformance-report.md";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportWriter() {}

    /** Writes both files into {@code directory}, creating it. */
    public static void write(ConformanceReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(JSON_FILE), json(report), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(MARKDOWN_FILE), markdown(report), StandardCharsets.UTF_8);
    }

    /** The JSON report. */
    public static String json(ConformanceReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("baseUrl", report.baseUrl());
        root.put("startedAt", report.startedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.put("finishedAt", report.finishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        summary(root.putObject("totals"), report.totals());
        root.put("errorCount", report.errors().size());
        ArrayNode businesses = root.putArray("businesses");
        for (ConformanceReport.BusinessResult business : report.businesses()) {
            ObjectNode node = businesses.addObject();
            node.put("business", business.business());
            node.put("title", business.title());
            node.put("catalogue", business.catalogue());
            summary(node.putObject("summary"), business.summary());
            ArrayNode requirements = node.putArray("requirements");
            for (ConformanceReport.RequirementResult result : business.requirements()) {
                ObjectNode r = requirements.addObject();
                r.put("id", result.requirement().id());
                r.put("title", result.requirement().title());
                r.put("source", result.requirement().source());
                r.put("kind", result.requirement().kind().code());
                r.put("status", result.status().code());
                ArrayNode failures = r.putArray("failures");
                result.tests().stream()
                        .filter(t -> t.result() == TestOutcome.Result.FAILED)
                        .forEach(t -> failures.add(t.test() + ": " + t.message()));
                ArrayNode tests = r.putArray("tests");
                result.tests().forEach(t -> test(tests.addObject(), t));
            }
        }
        ArrayNode errors = root.putArray("errors");
        for (ConformanceReport.ReportError error : report.errors()) {
            ObjectNode e = errors.addObject();
            e.put("code", error.code());
            e.put("message", error.message());
            e.put("business", error.business());
            e.put("requirementId", error.requirementId());
            if (error.test() != null) {
                test(e.putObject("test"), error.test());
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /** The Markdown report (Japanese headings, codes as in the JSON). */
    public static String markdown(ConformanceReport report) {
        ConformanceReport.Summary totals = report.totals();
        StringBuilder md = new StringBuilder();
        md.append("# 適合性試験結果 (Kikan conformance report)\n\n");
        md.append("- 試験対象 (base URL): ").append(report.baseUrl()).append('\n');
        md.append("- 実行日時: ")
                .append(report.startedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" – ")
                .append(report.finishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        md.append("- 合計: 要件 ")
                .append(totals.requirements())
                .append(" — pass ")
                .append(totals.pass())
                .append(" / fail ")
                .append(totals.fail())
                .append(" / not-implemented ")
                .append(totals.notImplemented())
                .append("（実装必須 ")
                .append(totals.mandatoryPass())
                .append('/')
                .append(totals.mandatory())
                .append(" pass）\n");
        md.append("- エラー: ").append(report.errors().size()).append("\n\n");

        md.append("## 業務別集計\n\n");
        md.append("| 業務 | 標準仕様書 | 要件 | pass | fail | not-implemented | 実装必須 pass |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (ConformanceReport.BusinessResult business : report.businesses()) {
            ConformanceReport.Summary s = business.summary();
            md.append("| ")
                    .append(business.business())
                    .append(" | ")
                    .append(cell(business.title()))
                    .append(" | ")
                    .append(s.requirements())
                    .append(" | ")
                    .append(s.pass())
                    .append(" | ")
                    .append(s.fail())
                    .append(" | ")
                    .append(s.notImplemented())
                    .append(" | ")
                    .append(s.mandatoryPass())
                    .append('/')
                    .append(s.mandatory())
                    .append(" |\n");
        }
        md.append("| **合計** | | ")
                .append(totals.requirements())
                .append(" | ")
                .append(totals.pass())
                .append(" | ")
                .append(totals.fail())
                .append(" | ")
                .append(totals.notImplemented())
                .append(" | ")
                .append(totals.mandatoryPass())
                .append('/')
                .append(totals.mandatory())
                .append(" |\n");

        for (ConformanceReport.BusinessResult business : report.businesses()) {
            md.append("\n## ")
                    .append(business.business())
                    .append(" — ")
                    .append(business.title())
                    .append("\n\n");
            md.append("要件一覧: `").append(business.catalogue()).append("`\n\n");
            md.append("| 機能ID | 機能名 | 実装区分 | 結果 | 出典 | 試験・備考 |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (ConformanceReport.RequirementResult result : business.requirements()) {
                RequirementCatalogue.Entry r = result.requirement();
                md.append("| ")
                        .append(r.id())
                        .append(" | ")
                        .append(cell(r.title()))
                        .append(" | ")
                        .append(r.kind().japanese())
                        .append(" | ")
                        .append(result.status().code())
                        .append(" | ")
                        .append(cell(r.source()))
                        .append(" | ")
                        .append(cell(notes(result.tests())))
                        .append(" |\n");
            }
        }

        if (!report.errors().isEmpty()) {
            md.append("\n## エラー（試験・要件一覧の誤り）\n\n");
            for (ConformanceReport.ReportError error : report.errors()) {
                md.append("- `").append(error.code()).append("` ").append(line(error.message()));
                if (error.test() != null) {
                    md.append(" — ").append(line(error.test().test()));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void summary(ObjectNode node, ConformanceReport.Summary summary) {
        node.put("requirements", summary.requirements());
        node.put("pass", summary.pass());
        node.put("fail", summary.fail());
        node.put("notImplemented", summary.notImplemented());
        node.put("mandatory", summary.mandatory());
        node.put("mandatoryPass", summary.mandatoryPass());
    }

    private static void test(ObjectNode node, TestOutcome outcome) {
        node.put("test", outcome.test());
        node.put("result", outcome.result().code());
        node.put("message", outcome.message());
    }

    private static String notes(List<TestOutcome> tests) {
        if (tests.isEmpty()) {
            return "試験なし";
        }
        return tests.stream()
                .map(t -> t.test() + " " + t.result().code() + (t.message() == null ? "" : ": " + t.message()))
                .collect(Collectors.joining("<br>"));
    }

    private static String cell(@Nullable String text) {
        return text == null ? "" : line(text).replace("|", "\\|");
    }

    private static String line(String text) {
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
    }
}
