package jp.kikan.benefit.entitlement;

import java.time.LocalDate;
import jp.kikan.platform.Business;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The plug-in of a law that grants 受給資格 (児童手当, 児童扶養手当, …): what {@link EntitlementLifecycle} needs of the law
 * to run the shared steps — its repository, its months (from which month a change counts), who still counts, its
 * 事由 and wording (a resource bundle) and its events (its records' constructors). The law module implements it as a bean; the law itself (the
 * calculators, the parameters) stays in the law's {@code domain}.
 *
 * @param <E> the law's 受給資格
 * @param <C> its child line
 * @param <R> its 額改定
 */
public interface EntitlementLaw<
        E extends EntitlementRecord<C, R, ?, ?>, C extends ChildRecord, R extends RevisionRecord> {

    /** The 業務: the audit's business and the name in its actions (「児童手当の認定」). */
    Business business();

    /** The law's 受給資格 in the bound tenant. */
    EntitlementRepository<E> entitlements();

    /**
     * This law's consumer name in the event inbox, for its reactions to the registry's events: by default its
     * business's slug and {@code .registry-reactions}.
     */
    default String consumer() {
        return business().slug() + ".registry-reactions";
    }

    // ------------------------------------------------------------------------------------------------- months

    /** The first month an increase counts from, on a 額改定請求 of {@code claimDate} for {@code child}. */
    Effective increase(LocalDate claimDate, R revision, ResidentSnapshot child);

    /** The first month no longer counted after an event on {@code eventDate} (減額). */
    Effective decrease(LocalDate eventDate);

    /** The last month paid after an event on {@code eventDate} that ends the 受給資格. */
    Effective end(LocalDate eventDate);

    // ------------------------------------------------------------------------------------------------- 額改定 and 事由

    /** How the law's 額改定 is made (its entity's constructor). */
    RevisionRecord.Factory<R> revisions();

    /**
     * The direction a 事由 changes the amount in, or {@code null} where it may go either way. By default the 事由 the
     * 手当 laws share: 出生 and 監護の開始 raise it, 死亡 and 監護の終了 lower it, any other (その他) may do either.
     */
    default RevisionRecord.@Nullable Kind direction(String reason) {
        return switch (reason) {
            case "SHUSSEI", "KANGO_KAISHI" -> RevisionRecord.Kind.ZOGAKU;
            case "SHIBO", "KANGO_SHURYO" -> RevisionRecord.Kind.GENGAKU;
            default -> null;
        };
    }

    /** Whether the 受給資格 still has a child it pays for; when none is left, it ends for {@link #noChildReason}. */
    boolean paysForAChild(E entitlement);

    /** The 事由 of an end because no child is left (JIDO_NASHI, JIDO_FUZAI). */
    String noChildReason();

    // ------------------------------------------------------------------------------------------------- words, events

    /** Its words in the history and the refusals, and its 事由 in Japanese ({@link Wording#of}). */
    Wording wording();

    /** Its events: the constructors of its three records. */
    EntitlementEvents events();
}
