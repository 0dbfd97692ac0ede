package jp.kikan.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed chain heads outside the database: what the key signs holds, anything else does not (ADR 0023). */
class AnchorFilesTest {

    private static final String KEY = "a-deployment-key-of-at-least-32-characters";
    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path directory;

    @Test
    void aWrittenAnchorReadsBackValid_andReplacingItLeavesNoTemporaryFile() throws Exception {
        AnchorFiles files = new AnchorFiles(directory, KEY);
        files.write(files.sign("139998", 41, HASH, Instant.parse("2026-12-07T10:00:00Z")));
        files.write(files.sign("139998", 42, HASH, Instant.parse("2026-12-07T10:01:00Z")));
        AnchorFiles.Read read = files.read("139998").orElseThrow();
        assertThat(read.valid()).isTrue();
        assertThat(read.anchor().sequence()).isEqualTo(42);
        try (Stream<Path> listed = Files.list(directory)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("139998.json");
        }
        assertThat(files.read("131016")).isEmpty();
    }

    @Test
    void anEditedAnchorDoesNotVerify() throws Exception {
        AnchorFiles files = new AnchorFiles(directory, KEY);
        files.write(files.sign("139998", 7, HASH, Instant.now()));
        Path file = directory.resolve("139998.json");
        Files.writeString(file, Files.readString(file).replace("\"sequence\":7", "\"sequence\":8"));
        assertThat(files.read("139998").orElseThrow().valid()).isFalse();
        Files.writeString(file, "not json");
        assertThat(files.read("139998").orElseThrow().valid()).isFalse();
    }

    @Test
    void anAnchorSignedWithAnotherKeyOrForAnotherTenantDoesNotVerify() throws Exception {
        AnchorFiles files = new AnchorFiles(directory, KEY);
        AnchorFiles other = new AnchorFiles(directory, KEY + "-other");
        other.write(other.sign("139998", 7, HASH, Instant.now()));
        assertThat(files.read("139998").orElseThrow().valid()).isFalse();
        files.write(files.sign("131016", 7, HASH, Instant.now()));
        Files.copy(directory.resolve("131016.json"), directory.resolve("011002.json"));
        assertThat(files.read("011002").orElseThrow().valid()).isFalse();
        assertThat(files.read("131016").orElseThrow().valid()).isTrue();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AnchorFiles(directory, "short")).hasMessageContaining("KIKAN_AUDIT_ANCHOR_KEY");
    }
}
