/**
 * 法定パラメータ: dated legal numbers (amounts, rates, thresholds, 告示・政令で定める額) with the law or ordinance they
 * come from, selected by the date they apply to.
 *
 * <p>Legal numbers never live in code. Each business module ships {@code parameters/<module>.yaml} and lists it in
 * {@code META-INF/kikan/parameters.list} (see {@link jp.kikan.platform.parameter.LegalParameterLoader}); the loader
 * validates every file strictly at start-up and {@link jp.kikan.platform.parameter.LegalParameters} answers "what was
 * this number on date D, and by which provision", optionally for one municipality whose ordinance (条例) overrides the
 * national default through {@link jp.kikan.platform.parameter.TenantParameterOverrides}.
 */
@org.springframework.modulith.NamedInterface("parameter")
@NullMarked
package jp.kikan.platform.parameter;

import org.jspecify.annotations.NullMarked;
