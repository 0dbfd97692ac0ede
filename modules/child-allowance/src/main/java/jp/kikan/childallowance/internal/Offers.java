package jp.kikan.childallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.security.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申出 of a 受給者: 寄附 (児童手当法 第20条) of all or part of the allowance, or 学校給食費等の徴収 (第21条) of a 中学校修了前
 * child's costs, taken from the payments of its months.
 */
@Service
class Offers {

    /**
     * A 申出 received on {@code date} for the months {@code from} to {@code to} (open-ended if {@code null}): a
     * 寄附 ({@code donation}, of {@code monthly} yen a month or all), or the {@code cost} of {@code child}.
     */
    record OfferRequest(
            boolean donation,
            LocalDate date,
            YearMonth from,
            @Nullable YearMonth to,
            @Nullable Long monthly,
            @Nullable String child,
            @Nullable String cost) {}

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final MonthlyAmounts amounts;

    Offers(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle, MonthlyAmounts amounts) {
        this.lifecycle = lifecycle;
        this.amounts = amounts;
    }

    @Transactional
    Entitlement offer(UUID id, OfferRequest request, @Nullable String ifMatch) {
        Entitlement e = lifecycle.lock(id, ifMatch);
        lifecycle.requireGranted(e, "entitlementId");
        YearMonth from = request.from();
        YearMonth to = request.to();
        if (to != null && to.isBefore(from)) {
            throw Refusal.of("period-reversed", "shuryo_ym", "終了月が開始月より前です。");
        }
        Instant now = Instant.now();
        Long monthly = request.monthly();
        if (request.donation()) {
            e.addOffer(new Offer("KIFU", request.date(), from, to, monthly));
            e.log(
                    "寄附の申出",
                    request.date(),
                    "寄附の申出（" + from + "分から、" + (monthly == null ? "全額" : "月" + monthly + "円") + "）。児童手当法 第20条",
                    CurrentStaff.actor(),
                    now);
            lifecycle.audited(e, "寄附の申出");
            return e;
        }
        String childId = request.child();
        if (monthly == null) {
            throw ProblemException.invalid(
                    "月額を入力してください。", new InvalidParam("getsugaku", "required", "学校給食費等の申出には月額が必要です。"));
        }
        if (childId == null) {
            throw ProblemException.invalid(
                    "児童を指定してください。", new InvalidParam("jido_atenabango", "required", "学校給食費等の申出には児童が必要です。"));
        }
        EntitlementChild child = e.openChild(childId)
                .filter(c -> c.care() == Child.Care.SUPPORTED)
                .orElseThrow(() -> Refusal.of(
                        "not-on-entitlement", "jido_atenabango", "宛名番号「" + childId + "」の児童はこの受給資格の支給要件児童ではありません。"));
        if (!amounts.beforeJuniorHighEnd(child.birthDate(), from)) {
            throw Refusal.of(
                    "not-before-junior-high-end", "jido_atenabango", "学校給食費等の徴収は中学校修了前の児童に係る費用に限られます（児童手当法 第21条）。");
        }
        String cost = request.cost() == null ? "学校給食費" : request.cost();
        e.addOffer(Offer.schoolCosts(request.date(), from, to, monthly, child, cost));
        e.log(
                "学校給食費等の徴収に係る申出",
                request.date(),
                cost + "（児童 " + childId + "、" + from + "分から月" + monthly + "円）を児童手当から徴収する申出。児童手当法 第21条",
                CurrentStaff.actor(),
                now);
        lifecycle.audited(e, "学校給食費等の徴収に係る申出");
        return e;
    }
}
