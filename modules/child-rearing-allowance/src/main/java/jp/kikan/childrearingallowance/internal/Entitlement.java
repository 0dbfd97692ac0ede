package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementRecord;
import jp.kikan.benefit.entitlement.PhaseCodes;
import jp.kikan.childrearingallowance.domain.ChildSpan;
import jp.kikan.childrearingallowance.domain.Recipient;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * 受給資格 of 児童扶養手当 (児童扶養手当法 第6条): one 受給者's entitlement from the 認定請求 to its 資格喪失, with its 対象児童
 * over months, its 所得 per 所得年, 額改定, 現況届 and the history of every step. Loaded whole (the collections are small).
 * Its life is the kit's ({@link EntitlementRecord}); what 児童扶養手当 adds is who the 受給者 is (母, 父, 養育者) and the
 * 所得 of each 所得年, which decides the months from November to the October after.
 */
@Entity(name = "ChildRearingAllowanceEntitlement")
@Table(schema = "child_rearing_allowance", name = "entitlement")
@Convert(attributeName = "phase", converter = PhaseCodes.Loss.class)
@AttributeOverride(name = "endReason", column = @Column(name = "soshitsu_jiyu"))
@AttributeOverride(name = "endDate", column = @Column(name = "soshitsu_ymd"))
class Entitlement extends EntitlementRecord<EntitlementChild, Revision, StatusReport, HistoryEntry> {

    /** 状態 as this law stores and shows it. */
    static final PhaseCodes CODES = new PhaseCodes.Loss();

    private static final Parts<StatusReport, HistoryEntry> PARTS =
            new Parts<>(CODES, HistoryEntry::new, StatusReport::new);

    String jukyushaKubun = "HAHA";

    /** 支給要件 and 除外事由 (第4条) as given, in the API's JSON ({@link RequirementCodec}); {@code null}: not recorded. */
    @Nullable
    String shikyuYoken;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "entitlement_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("shotokuNen")
    List<IncomeRecord> incomes = new ArrayList<>();

    protected Entitlement() {
        super(PARTS);
    }

    Entitlement(String recipient, Recipient kind, String household, LocalDate claimDate, Effective start, Instant now) {
        super(PARTS, recipient, household, claimDate, start, now);
        this.jukyushaKubun = switch (kind) {
            case MOTHER -> "HAHA";
            case FATHER -> "CHICHI";
            case FOSTER -> "YOIKUSHA";
        };
    }

    /** 支給要件 and 除外事由 as given (the API's JSON), {@code null} when not recorded. */
    @Nullable
    String requirement() {
        return shikyuYoken;
    }

    /** Records the 支給要件 and 除外事由 as given, replacing what was recorded. */
    void recordRequirement(String asGiven) {
        this.shikyuYoken = asGiven;
    }

    /** 受給者区分: 母, 父 or 養育者. */
    Recipient recipientKind() {
        return switch (jukyushaKubun) {
            case "CHICHI" -> Recipient.FATHER;
            case "YOIKUSHA" -> Recipient.FOSTER;
            default -> Recipient.MOTHER;
        };
    }

    /** The 対象児童 as the domain sees them. */
    List<ChildSpan> spans() {
        return children().stream().map(EntitlementChild::span).toList();
    }

    /** The 所得 recorded, one per 所得年. */
    List<IncomeRecord> incomes() {
        return Collections.unmodifiableList(incomes);
    }

    /** Records the 所得 of its 所得年, replacing what was recorded for that year. */
    void record(GivenIncome income, Instant now) {
        incomes.stream()
                .filter(r -> r.year() == income.year().year())
                .findFirst()
                .ifPresentOrElse(r -> r.replace(income, now), () -> incomes.add(new IncomeRecord(income, now)));
    }
}
