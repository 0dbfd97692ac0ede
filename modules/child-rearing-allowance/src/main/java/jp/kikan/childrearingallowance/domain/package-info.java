/**
 * The rules of 児童扶養手当 as pure, immutable calculations over dated legal parameters: no Spring, no web, no
 * database. Every number comes from {@code parameters/child-rearing-allowance.yaml}; every result lists its steps with
 * the provision and the rounding rule.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.childrearingallowance.domain;
