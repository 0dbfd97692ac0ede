/**
 * 給付の支払 (benefit payments): the mechanics of paying a benefit once, shared by every business that pays money
 * month by month (児童手当, 児童扶養手当; later 生活保護, 障害者福祉の手当, 子育ての給付). It owns the payment ledger in its
 * schema {@code benefit} (payment runs per 支払期月 and 業務, payments, the months paid as 本払 once and then 差額, and the
 * exceptions a run lists: months held back and 過払), the 支払期月 of a dated parameter ({@link PaymentSchedule}), the
 * months a run owes ({@link MonthsOwed}), the run itself with its tenant lock, numbering and audit
 * ({@link PaymentRuns}), and the 支払通知書 data.
 *
 * <p>A law module plugs in by implementing {@link BenefitLaw}: its 業務, its 支払期月, its payable 受給資格 and, for each,
 * the amount of a month and why a month is held ({@link MonthsOwed.Rules}). This module never imports a law module;
 * the law stays in the law's module (ADR 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "給付の支払 (benefit)",
        allowedDependencies = {"platform", "platform :: *", "residentregistry", "residentregistry :: events"})
@org.jspecify.annotations.NullMarked
package jp.kikan.benefit;
