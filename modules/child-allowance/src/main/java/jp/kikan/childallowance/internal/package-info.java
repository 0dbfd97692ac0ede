/**
 * Internal to its module: the 受給資格 aggregate and its services, payment runs and their ledger, the reactions to the
 * registry's events, the controllers and the access rule.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.childallowance.internal;
