package jp.kikan.benefit.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.platform.Business;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.events.PublishedEvent;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The plug-in of a law that grants 受給資格 (児童手当, 児童扶養手当, …): what {@link EntitlementLifecycle} needs of the law
 * to run the shared steps — its repository, its months (from which month a change counts), who still counts, its
 * 事由, its wording in the history and its events. The law module implements it as a bean; the law itself (the
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

    /** This law's consumer name in the event inbox, for its reactions to the registry's events. */
    String consumer();

    // ------------------------------------------------------------------------------------------------- months

    /** The first month an increase counts from, on a 額改定請求 of {@code claimDate} for {@code child}. */
    Effective increase(LocalDate claimDate, R revision, ResidentSnapshot child);

    /** The first month no longer counted after an event on {@code eventDate} (減額). */
    Effective decrease(LocalDate eventDate);

    /** The last month paid after an event on {@code eventDate} that ends the 受給資格. */
    Effective end(LocalDate eventDate);

    // ------------------------------------------------------------------------------------------------- 額改定 and 事由

    /** A 額改定 of the law's type: made now, or proposed from the registry event {@code source}. */
    R revision(
            RevisionRecord.Kind kind,
            String reason,
            LocalDate eventDate,
            String child,
            @Nullable UUID source,
            Instant now);

    /** The direction a 事由 changes the amount in, or {@code null} where it may go either way (その他). */
    RevisionRecord.@Nullable Kind direction(String reason);

    /** The 事由 (of a 額改定 or of an end) in Japanese, for the history. */
    String reasonLabel(String reason);

    /** Whether the 受給資格 still has a child it pays for; when none is left, it ends for {@link #noChildReason}. */
    boolean paysForAChild(E entitlement);

    /** The 事由 of an end because no child is left (JIDO_NASHI, JIDO_FUZAI). */
    String noChildReason();

    // ------------------------------------------------------------------------------------------------- wording

    /** The name of the end: 消滅, 資格喪失. */
    String endName();

    /** The history's text of the end, given why ({@code why}) and its last month. */
    String endText(String why, Effective last);

    /** The history's text of a child counted from {@code from}. */
    String countedText(String child, Effective from);

    /** The history's text of a child no longer counted from {@code from}. */
    String uncountedText(String child, Effective from);

    /** Why a child cannot be added: it is counted already. */
    String alreadyCounted(String child);

    /** Why a child cannot leave: it is not counted. */
    String notCounted(String child);

    /** The history's text of a 額改定 proposed on a birth in the 受給者's household. */
    String birthProposalText(String child);

    // ------------------------------------------------------------------------------------------------- events

    /** 認定. */
    PublishedEvent granted(EventEnvelope envelope, E entitlement);

    /** 額改定 of {@code child} from {@code from}. */
    PublishedEvent revised(
            EventEnvelope envelope, E entitlement, RevisionRecord.Kind kind, String child, YearMonth from);

    /** The end, paid through {@code last}, for {@code reason}. */
    PublishedEvent ended(EventEnvelope envelope, E entitlement, YearMonth last, String reason);
}
