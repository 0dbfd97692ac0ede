/**
 * 支払: the ledger of what a benefit paid, which each paying module keeps in its own schema with the same columns
 * (ADR 0012): payment runs per 支払期月, the months paid (本払 once, then 差額), and the exceptions a run lists (held
 * months, 過払).
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.payment;
