package jp.kikan.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kikan.migration.residentregistry.generator.FaultKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new MigrationCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    @Test
    void generatesThenValidatesWithExitCodesAndReports(@TempDir Path dir) throws Exception {
        assertThat(run(
                        "generate",
                        "--out",
                        dir.toString(),
                        "--residents",
                        "300",
                        "--seed",
                        "3",
                        "--faults",
                        "bad-check-digit=0.05,orphan-history=0.02",
                        "--encoding",
                        "windows-31j"))
                .isEqualTo(MigrationCli.OK);
        assertThat(dir.resolve("csv/jumin.csv")).exists();
        assertThat(dir.resolve("fixed/jumin.layout.tsv")).exists();

        Path report = dir.resolve("report");
        assertThat(run("validate", dir.resolve("fixed").toString(), "--report", report.toString()))
                .isEqualTo(MigrationCli.REJECTIONS);
        assertThat(report.resolve("report.json")).exists();
        assertThat(Files.readString(report.resolve("report.md"))).contains("check-digit");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("records/s").contains("ETA");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("rejected");

        assertThat(run(
                        "generate",
                        "--out",
                        dir.resolve("clean").toString(),
                        "--residents",
                        "50",
                        "--faults",
                        "0",
                        "--format",
                        "csv"))
                .isEqualTo(MigrationCli.OK);
        assertThat(run("validate", dir.resolve("clean/csv").toString(), "--report", report.toString(), "--quiet"))
                .isEqualTo(MigrationCli.OK);
    }

    @Test
    void aFileThatCannotBeReadToItsEndGivesExitCodeTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("setai.csv"), "setaibango,setainushi_atenabango\n1,\"2\n");
        assertThat(run("validate", dir.toString(), "--report", dir.resolve("r").toString(), "--quiet"))
                .isEqualTo(MigrationCli.INCOMPLETE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("setai.csv");
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThat(run()).isEqualTo(MigrationCli.USAGE);
        assertThat(run("validate")).isEqualTo(MigrationCli.USAGE);
        assertThat(run("generate", "--out", "x", "--faults", "no-such-kind=0.1"))
                .isEqualTo(MigrationCli.USAGE);
        assertThat(run("frobnicate")).isEqualTo(MigrationCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown fault kind")
                .contains(FaultKind.MALFORMED_BYTES.id());
    }
}
