package jp.kikan.platform.parameter;

import java.time.LocalDate;
import java.util.Optional;

/**
 * SPI: the values a municipality sets by its own ordinance (条例) in place of the national default, e.g. 国民健康保険税率,
 * 介護保険料基準額, 保育料表.
 *
 * <p>Implemented by the application (a tenant settings table). {@link LegalParameters} honours an override only for a
 * parameter declared {@code tenant-overridable: true}; for any other parameter an override is an error, never silently
 * used or ignored. The returned value's {@link DatedValue#source()} names the ordinance and its article; its value may
 * be text (as stored in a column) and is converted to the parameter's type.
 */
@FunctionalInterface
public interface TenantParameterOverrides {

    /** No municipality overrides anything: every answer is the national value. */
    TenantParameterOverrides NONE = (tenantCode, module, key, date) -> Optional.empty();

    /**
     * The value the municipality set for {@code module}/{@code key} that is in force on {@code date}, if it set one.
     *
     * @param tenantCode the municipality's 団体コード (6 digits)
     */
    Optional<DatedValue> find(String tenantCode, String module, String key, LocalDate date);
}
