/** The payment ledger's SQL over the schema {@code benefit}. */
@org.jspecify.annotations.NullMarked
package jp.kikan.benefit.internal;
