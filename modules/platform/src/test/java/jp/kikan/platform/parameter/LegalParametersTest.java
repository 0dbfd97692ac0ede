package jp.kikan.platform.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class LegalParametersTest {

    private static final String TOKYO_CHIYODA = "131016";

    private final LegalParameters national =
            LegalParameters.fromClasspath(getClass().getClassLoader(), TenantParameterOverrides.NONE);

    @Test
    void under_3_monthly_amount_is_15000_yen_児童手当法_第6条第1項第1号イ() {
        assertThat(national.yen("child-allowance", "monthly-amount.under-3", LocalDate.of(2025, 4, 1)))
                .isEqualTo(15_000L);
    }

    @Test
    void the_entry_in_force_changes_on_its_effective_from_date_and_reports_its_source() {
        ResolvedParameter before =
                national.resolve("child-allowance", "monthly-amount.under-3", LocalDate.of(2024, 9, 30));
        ResolvedParameter after =
                national.resolve("child-allowance", "monthly-amount.under-3", LocalDate.of(2024, 10, 1));

        assertThat(before.effectiveFrom()).isEqualTo(LocalDate.of(2012, 4, 1));
        assertThat(before.effectiveTo()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(before.source()).contains("平成24年法律第24号");
        assertThat(after.effectiveFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(after.effectiveTo()).isNull();
        assertThat(after.source()).contains("令和6年法律第47号による改正後");
        assertThat(after.tenantOverride()).isFalse();
        assertThat(after.explain()).contains("child-allowance/monthly-amount.under-3 = 15000", "2024-10-01から");
    }

    @Test
    void text_integer_decimal_rate_and_date_values_have_their_java_types() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThat(national.text("child-allowance", "payment-months", day)).isEqualTo("2月、4月、6月、8月、10月、12月");
        assertThat(national.text("child-allowance", "payment-months", LocalDate.of(2024, 9, 1)))
                .isEqualTo("2月、6月、10月");
        assertThat(national.integer("child-allowance", "age-limit.under-3", day))
                .isEqualTo(3L);
        assertThat(national.decimal("kikan-test", "sample.factor", day)).isEqualByComparingTo("1.0735");
        assertThat(national.rate("national-health-insurance", "reduction-ratio.70-percent", day))
                .isEqualTo(new BigDecimal("0.7"));
        assertThat(national.resolve("kikan-test", "sample.date", day).dateValue())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void a_date_before_the_first_entry_is_parameter_not_in_force_naming_key_and_date() {
        assertThatThrownBy(() -> national.yen("child-allowance", "monthly-amount.under-3", LocalDate.of(2012, 3, 31)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("parameter-not-in-force");
                    assertThat(e.reason()).contains("child-allowance/monthly-amount.under-3", "2012-03-31", "施行日");
                });
    }

    @Test
    void a_date_after_an_explicit_effective_to_is_parameter_not_in_force() {
        assertThat(national.yen("child-allowance", "special-benefit.monthly-amount", LocalDate.of(2024, 9, 30)))
                .isEqualTo(5_000L);
        assertThatThrownBy(() ->
                        national.yen("child-allowance", "special-benefit.monthly-amount", LocalDate.of(2024, 10, 1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("parameter-not-in-force"));
    }

    @Test
    void the_wrong_accessor_or_an_unknown_key_is_a_programming_error() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> national.decimal("child-allowance", "monthly-amount.under-3", day))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("of type yen, not decimal");
        assertThatThrownBy(() -> national.yen("child-allowance", "no-such-key", day))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("child-allowance/no-such-key");
    }

    @Test
    void a_tenant_without_an_override_gets_the_national_value() {
        ResolvedParameter value = national.resolve(
                TOKYO_CHIYODA, "national-health-insurance", "assessment-limit.medical", LocalDate.of(2025, 4, 1));

        assertThat(value.yen()).isEqualTo(660_000L);
        assertThat(value.tenantOverride()).isFalse();
        assertThat(value.tenantCode()).isEqualTo(TOKYO_CHIYODA);
    }

    @Test
    void an_ordinance_value_wins_for_a_tenant_overridable_parameter() {
        LegalParameters withOrdinance =
                withOverride(DatedValue.from(LocalDate.of(2025, 4, 1), "630000", "千代田区国民健康保険税条例 第2条第2項"));

        ResolvedParameter value = withOrdinance.resolve(
                TOKYO_CHIYODA, "national-health-insurance", "assessment-limit.medical", LocalDate.of(2025, 6, 1));

        assertThat(value.yen()).isEqualTo(630_000L);
        assertThat(value.tenantOverride()).isTrue();
        assertThat(value.source()).isEqualTo("千代田区国民健康保険税条例 第2条第2項");
        assertThat(value.explain()).contains("条例 131016");
        assertThat(withOrdinance.yen("national-health-insurance", "assessment-limit.medical", LocalDate.of(2025, 6, 1)))
                .as("without a tenant code the national value")
                .isEqualTo(660_000L);
    }

    @Test
    void an_override_of_a_parameter_set_by_law_is_rejected() {
        LegalParameters withOrdinance = withOverride(DatedValue.from(LocalDate.of(2024, 4, 1), 20_000L, "某市条例"));

        assertThatThrownBy(() -> withOrdinance.yen(
                        TOKYO_CHIYODA, "child-allowance", "monthly-amount.under-3", LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("parameter-not-overridable");
                    assertThat(e.reason()).contains("child-allowance/monthly-amount.under-3", TOKYO_CHIYODA);
                });
    }

    @Test
    void an_override_that_does_not_fit_the_type_or_the_date_is_rejected() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        LegalParameters notYen = withOverride(DatedValue.from(LocalDate.of(2025, 4, 1), "63万円", "条例"));
        LegalParameters ended =
                withOverride(new DatedValue(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 630_000L, "条例"));

        assertThatThrownBy(
                        () -> notYen.yen(TOKYO_CHIYODA, "national-health-insurance", "assessment-limit.medical", day))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("parameter-override-invalid"));
        assertThatThrownBy(() -> ended.yen(TOKYO_CHIYODA, "national-health-insurance", "assessment-limit.medical", day))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("parameter-override-invalid"));
    }

    private LegalParameters withOverride(DatedValue value) {
        return LegalParameters.fromClasspath(
                getClass().getClassLoader(), (tenant, module, key, date) -> Optional.of(value));
    }
}
