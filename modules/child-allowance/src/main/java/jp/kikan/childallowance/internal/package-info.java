/** Internal to its module: the 試算 API controller and its access rule. */
@org.jspecify.annotations.NullMarked
package jp.kikan.childallowance.internal;
