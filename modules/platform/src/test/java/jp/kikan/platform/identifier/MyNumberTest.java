package jp.kikan.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MyNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"983205673214", "123456789018", "000000000019", "111111111118"})
    @DisplayName("総務省令第85号 第5条: 検査用数字が正しい番号は有効")
    void validNumbersPerOrdinance85Article5(String number) {
        assertThat(MyNumber.isValid(number)).isTrue();
        assertThat(MyNumber.of(number).value()).isEqualTo(number);
    }

    @Test
    @DisplayName("総務省令第85号 第5条: 983205673210 は検査用数字が違う")
    void wrongCheckDigitPerOrdinance85Article5() {
        assertThat(MyNumber.isValid("983205673210")).isFalse();
        assertThatThrownBy(() -> MyNumber.of("983205673210")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("check-digit");
            assertThat(e.reason()).contains("検査用数字");
            assertThat(e.getMessage()).doesNotContain("983205673210");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "98320567321", "9832056732140", "98320567321a", "９８３２０５６７３２１４"})
    @DisplayName("番号法施行令 第8条: 12桁の数字でなければ format")
    void notTwelveDigitsPerEnforcementOrderArticle8(String value) {
        assertThat(MyNumber.isValid(value)).isFalse();
        assertThatThrownBy(() -> MyNumber.of(value))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("format"));
    }

    @Test
    @DisplayName("共通機能標準仕様書 2.4: toString は個人番号を表示しない")
    void toStringIsMasked() {
        MyNumber number = MyNumber.of("983205673214");
        assertThat(number.masked()).isEqualTo("********3214");
        assertThat(number.toString()).isEqualTo("********3214").doesNotContain("98320567");
    }

    @Test
    void equalityOnValue() {
        assertThat(MyNumber.of("123456789018"))
                .isEqualTo(MyNumber.of("123456789018"))
                .hasSameHashCodeAs(MyNumber.of("123456789018"))
                .isNotEqualTo(MyNumber.of("111111111118"));
        assertThat(MyNumber.isValid(null)).isFalse();
    }
}
