package jp.kikan.childallowance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * Who may be a child on a 児童手当 受給資格 from a month (at the 認定請求 and on an increase): a 支給要件児童 is a resident
 * in age (第3条第1項) not paid to another 受給者; a child counted for the rank only needs its 確認書 (第6条) and to be
 * under the 22歳 limit of the rank.
 */
@Component
class ChildChecks {

    private final MonthlyAmounts amounts;
    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;

    ChildChecks(MonthlyAmounts amounts, EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle) {
        this.amounts = amounts;
        this.lifecycle = lifecycle;
    }

    /** The child on {@code date}: a resident if supported, anyone in the registry (除票 too) otherwise. */
    ResidentSnapshot find(String field, String child, LocalDate date, Child.Care care) {
        return lifecycle.child(field, child, date, care == Child.Care.SUPPORTED);
    }

    /** The child's line from {@code from}, after the checks of its category (422 naming the field). */
    EntitlementChild enter(
            Entitlement e,
            String field,
            String confirmationField,
            ResidentSnapshot child,
            Child.Care care,
            boolean confirmed,
            YearMonth from) {
        if (care == Child.Care.SUPPORTED) {
            if (!amounts.isChild(child.birthDate(), from)) {
                throw Refusal.of(
                        "not-a-child",
                        field,
                        "18歳に達する日以後の最初の3月31日を過ぎています（児童手当法 第3条第1項）。監護相当・生計費の負担を確認した子は"
                                + " tashi_santei_nomi として指定してください。");
            }
            lifecycle.requireNotCountedElsewhere(
                    field, child.atenabango(), e.id(), c -> c.care() == Child.Care.SUPPORTED);
        } else {
            if (!confirmed) {
                throw Refusal.of(
                        "confirmation-required", confirmationField, "監護相当・生計費の負担についての確認（確認書）が必要です（児童手当法 第6条）。");
            }
            if (!amounts.countsForRank(child.birthDate(), from)) {
                throw Refusal.of("not-counted", field, "22歳に達する日以後の最初の3月31日を過ぎているため、順位の算定に数えません。");
            }
        }
        return new EntitlementChild(e.nextPosition(), child.atenabango(), child.birthDate(), care, confirmed, from);
    }

    /** The kit's entry of a child on an increase, for a child of {@code care}. */
    EntitlementLifecycle.ChildEntry<Entitlement, EntitlementChild> entry(Child.Care care, boolean confirmed) {
        return new EntitlementLifecycle.ChildEntry<>() {
            @Override
            public boolean resident() {
                return care == Child.Care.SUPPORTED;
            }

            @Override
            public EntitlementChild enter(Entitlement e, String field, ResidentSnapshot child, YearMonth from) {
                return ChildChecks.this.enter(e, field, "kakunin", child, care, confirmed, from);
            }
        };
    }
}
