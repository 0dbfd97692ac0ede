package jp.kikan.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddresseeNumberTest {

    @Test
    @DisplayName("共通機能標準仕様書 atenabango X(15): 1〜15桁の半角英数字")
    void halfWidthAlphanumericUpToFifteen() {
        assertThat(AddresseeNumber.of("000000000012345").value()).isEqualTo("000000000012345");
        assertThat(AddresseeNumber.isValid("A1")).isTrue();
        assertThat(AddresseeNumber.of("00123")).isNotEqualTo(AddresseeNumber.of("123"));
    }

    @ParameterizedTest
    @CsvSource({"'', required", "1234567890123456, too-long", "12-34, format", "１２３, format", "12 3, format"})
    @DisplayName("共通機能標準仕様書 atenabango X(15): 違反は InvalidValueException")
    void violations(String value, String code) {
        assertThat(AddresseeNumber.isValid(value)).isFalse();
        assertThatThrownBy(() -> AddresseeNumber.of(value))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
