package jp.kikan.migration.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GaijiTableTest {

    @Test
    void legacyCodesOfEveryFormNameThePrivateUseCodePoint() throws IOException {
        GaijiTable t = GaijiTable.read(
                new StringReader("CP932:F040\t-\tU+9AD9\n"
                        + "EUC-JP:F5A2\tMJ000002\t𠮷\n"
                        + "EUC-JP:8FF5A1\t-\tU+8FBB U+E0100\n"
                        + "&#xE100;\t-\tU+5D0E\n"
                        + "&#57857;\t-\tU+5D0F\n"),
                "t");
        assertThat(t.lookup(0xE000)).get().satisfies(m -> assertThat(m.replacement())
                .isEqualTo("髙"));
        assertThat(t.lookup(0xE001)).get().satisfies(m -> {
            assertThat(m.replacement()).isEqualTo("𠮷");
            assertThat(m.characterId()).isEqualTo("MJ000002");
        });
        assertThat(t.lookup(0xE3AC)).get().satisfies(m -> assertThat(m.replacement())
                .isEqualTo("辻\uDB40\uDD00"));
        assertThat(t.lookup(0xE100)).isPresent();
        assertThat(t.lookup(0xE201)).isPresent();
        assertThat(t.size()).isEqualTo(5);
    }

    @Test
    void rejectsRowsThatCannotBeRight() {
        assertThatThrownBy(() -> GaijiTable.read(new StringReader("U+9AD9\t-\tU+9AD9\n"), "t"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("not a private-use character");
        assertThatThrownBy(() -> GaijiTable.read(new StringReader("U+E000\t-\tU+9AD9\nCP932:F040\t-\tU+9AD9\n"), "t"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> GaijiTable.read(new StringReader("U+E000\tX1\tU+9AD9\n"), "t"))
                .hasMessageContaining("MJnnnnnn");
        assertThatThrownBy(() -> GaijiTable.read(new StringReader("U+E000\t-\tU+E001\n"), "t"))
                .hasMessageContaining("itself a private-use");
    }

    @Test
    void encodingsKnowTheirUserDefinedAreas() {
        assertThat(SourceEncoding.CP932.legacyCode(0xE000)).contains("CP932 0xF040");
        assertThat(SourceEncoding.CP932.legacyCode(0xE757)).contains("CP932 0xF9FC");
        assertThat(SourceEncoding.EUC_JP.legacyCode(0xE000)).contains("EUC-JP 0xF5A1");
        assertThat(SourceEncoding.EUC_JP.legacyCode(0xE3AC)).contains("EUC-JP 0x8FF5A1");
        assertThat(SourceEncoding.UTF_8.legacyCode(0xE000)).isEmpty();
        assertThat(SourceEncoding.of("Shift_JIS")).isEqualTo(SourceEncoding.CP932);
        assertThat(SourceEncoding.of("x-eucJP-Open")).isEqualTo(SourceEncoding.EUC_JP);
        assertThat(SourceEncoding.of("utf8")).isEqualTo(SourceEncoding.UTF_8);
    }
}
