package jp.kikan.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalGovernmentCodeTest {

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "131016, 千代田区",
        "011002, 札幌市",
        "271004, 大阪市",
        "141003, 横浜市",
        "231002, 名古屋市",
        "401307, 福岡市",
        "472018, 那覇市"
    })
    @DisplayName("総務省 全国地方公共団体コード: 既知の団体コードは有効")
    void knownCodesOfSoumuList(String code, String name) {
        assertThat(LocalGovernmentCode.isValid(code)).as(name).isTrue();
        assertThat(LocalGovernmentCode.of(code).toString()).isEqualTo(code);
        assertThat(LocalGovernmentCode.fromFiveDigits(code.substring(0, 5)).value())
                .isEqualTo(code);
    }

    @Test
    @DisplayName("総務省 全国地方公共団体コード: 131017 は検査数字が違う")
    void wrongCheckDigit() {
        assertThat(LocalGovernmentCode.isValid("131017")).isFalse();
        assertThatThrownBy(() -> LocalGovernmentCode.of("131017"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("check-digit"));
    }

    @Test
    @DisplayName("総務省 全国地方公共団体コード: 余り0なら1、余り1なら0")
    void remainderZeroAndOne() {
        assertThat(LocalGovernmentCode.checkDigit("11000")).isEqualTo(1); // 6+5 = 11, r = 0
        assertThat(LocalGovernmentCode.checkDigit("02001")).isEqualTo(0); // 10+2 = 12, r = 1
        assertThat(LocalGovernmentCode.checkDigit("01100")).isEqualTo(2); // 5+4 = 9, 11-9 (札幌市 011002)
    }

    @Test
    void prefectureAndFiveDigits() {
        LocalGovernmentCode chiyoda = LocalGovernmentCode.of("131016");
        assertThat(chiyoda.prefectureCode()).isEqualTo("13");
        assertThat(chiyoda.fiveDigits()).isEqualTo("13101");
        assertThatThrownBy(() -> LocalGovernmentCode.fromFiveDigits("48101"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("prefecture"));
        assertThatThrownBy(() -> LocalGovernmentCode.of("13101"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("format"));
    }
}
