package jp.kikan.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character one em wide: a 5 pt line at 1 pt holds five characters. */
    private static List<String> wrap(String text) {
        return LineBreaker.wrap(text, 5, 1, cp -> 1000);
    }

    @Test
    void breaksJapaneseTextAtAnyCharacter() {
        assertThat(wrap("あいうえおかきくけこさ")).containsExactly("あいうえお", "かきくけこ", "さ");
    }

    @Test
    @DisplayName("行頭禁則: 。 and 」 do not start a line; the character before them moves down too")
    void closingPunctuationDoesNotStartALine() {
        assertThat(wrap("あいうえお。かき")).containsExactly("あいうえ", "お。かき");
        assertThat(wrap("あいう「え」。か")).containsExactly("あいう", "「え」。か");
    }

    @Test
    @DisplayName("行末禁則: an opening bracket does not end a line")
    void openingBracketDoesNotEndALine() {
        assertThat(wrap("あいうえ「おか」")).containsExactly("あいうえ", "「おか」");
    }

    @Test
    void keepsNumbersWhole() {
        assertThat(wrap("ハイツ101号室")).containsExactly("ハイツ", "101号室");
        assertThat(wrap("1234567")).containsExactly("12345", "67");
    }

    @Test
    void keepsExplicitLineBreaksAndDropsVariationSelectors() {
        assertThat(wrap("葛\uDB40\uDD01飾\n区")).containsExactly("葛飾", "区");
    }
}
