package jp.kikan.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResidentCodeTest {

    @Test
    @DisplayName("住民基本台帳法施行規則 第1条: 11桁の数字 (検査数字の算式は未検証のため形式のみ)")
    void elevenDigitsPerEnforcementRuleArticle1() {
        assertThat(ResidentCode.isValid("12345678901")).isTrue();
        assertThat(ResidentCode.isValid("12345678900")).isTrue();
        assertThat(ResidentCode.of("24727059608").masked()).isEqualTo("*******9608");
        assertThat(ResidentCode.of("24727059608").toString()).doesNotContain("2472705");
    }

    @Test
    @DisplayName("住民基本台帳法施行規則 第1条: 11桁でなければ format")
    void formatIsChecked() {
        assertThat(ResidentCode.isValid("1234567890")).isFalse();
        assertThatThrownBy(() -> ResidentCode.of("1234567890A"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("format"));
    }
}
