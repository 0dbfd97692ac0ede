/**
 * The rules of 個人住民税 as pure, immutable calculations over dated legal parameters: no Spring, no web, no database.
 * Every number comes from {@code parameters/individual-resident-tax.yaml} through
 * {@link jp.kikan.platform.parameter.LegalParameters}; money is in whole yen and every rounding step is named where it
 * happens; every result explains itself with the provision ({@link jp.kikan.individualresidenttax.domain.Step}).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.individualresidenttax.domain;
