package jp.kikan.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorporateNumberTest {

    @Test
    @DisplayName("法人番号の指定等に関する省令 第2条: 国税庁 7000012050002 は有効")
    void nationalTaxAgencyNumberIsValid() {
        CorporateNumber number = CorporateNumber.of("7000012050002");
        assertThat(number.value()).isEqualTo("7000012050002");
        assertThat(number.baseNumber()).isEqualTo("000012050002");
        assertThat(number.toString()).isEqualTo("7000012050002");
    }

    @Test
    @DisplayName("法人番号の指定等に関する省令 第2条: 検査用数字は先頭、位置で重み付け")
    void otherLeadingDigitsAreRejected() {
        for (int cd = 0; cd <= 9; cd++) {
            if (cd != 7) {
                String candidate = cd + "000012050002";
                assertThat(CorporateNumber.isValid(candidate)).as(candidate).isFalse();
            }
        }
        assertThatThrownBy(() -> CorporateNumber.of("1000012050002"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("check-digit"));
    }

    @Test
    @DisplayName("法人番号: 13桁の数字でなければ format")
    void formatIsChecked() {
        assertThatThrownBy(() -> CorporateNumber.of("700001205000"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("format"));
        assertThat(CorporateNumber.isValid("700001205000X")).isFalse();
        assertThat(CorporateNumber.isValid(null)).isFalse();
    }
}
