/**
 * The rules of 児童手当 as pure, immutable calculations over dated legal parameters: no Spring, no web, no database.
 * Every number comes from {@code parameters/child-allowance.yaml}; every result explains itself with the provision.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.childallowance.domain;
