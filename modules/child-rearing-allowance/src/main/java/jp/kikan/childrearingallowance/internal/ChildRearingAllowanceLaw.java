package jp.kikan.childrearingallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.kikan.benefit.entitlement.Effective;
import jp.kikan.benefit.entitlement.EntitlementLaw;
import jp.kikan.benefit.entitlement.EntitlementRepository;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.childrearingallowance.domain.EffectiveMonth;
import jp.kikan.childrearingallowance.domain.EffectiveMonths;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceEnded;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceGranted;
import jp.kikan.childrearingallowance.events.ChildRearingAllowanceRevised;
import jp.kikan.platform.Business;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.events.PublishedEvent;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 児童扶養手当 as the entitlement kit runs it: its months (第7条第1項, 第8条), its 事由, that a 受給資格 needs a 対象児童,
 * its wording and its events. (A 受給者 who moves keeps the right elsewhere: the new 支給機関 pays from the next month.)
 */
@Component
class ChildRearingAllowanceLaw implements EntitlementLaw<Entitlement, EntitlementChild, Revision> {

    static final Business BUSINESS = Business.CHILD_REARING_ALLOWANCE;

    /** 事由 of 額改定 and 資格喪失 in Japanese. */
    static final Map<String, String> REASONS = Map.of(
            "KONIN", "婚姻",
            "JIDO_FUZAI", "対象児童がいなくなった",
            "TENSHUTSU", "転出",
            "SHIBO", "死亡",
            "KANGO_SHURYO", "監護等の終了",
            "KANGO_KAISHI", "監護等の開始",
            "SHUSSEI", "出生",
            "SONOTA", "その他");

    private final ChildRearingAllowanceEntitlements entitlements;
    private final EffectiveMonths months;

    ChildRearingAllowanceLaw(ChildRearingAllowanceEntitlements entitlements, EffectiveMonths months) {
        this.entitlements = entitlements;
        this.months = months;
    }

    static Effective effective(EffectiveMonth month) {
        return new Effective(month.month(), month.reason());
    }

    @Override
    public Business business() {
        return BUSINESS;
    }

    @Override
    public EntitlementRepository<Entitlement> entitlements() {
        return entitlements;
    }

    @Override
    public String consumer() {
        return "child-rearing-allowance.registry-reactions";
    }

    /** An increase counts from the month after the 額改定請求 (第8条第1項). */
    @Override
    public Effective increase(LocalDate claimDate, Revision revision, ResidentSnapshot child) {
        return effective(months.increase(claimDate));
    }

    @Override
    public Effective decrease(LocalDate eventDate) {
        return effective(months.decrease(eventDate));
    }

    @Override
    public Effective end(LocalDate eventDate) {
        return effective(months.end(eventDate));
    }

    @Override
    public Revision revision(
            RevisionRecord.Kind kind,
            String reason,
            LocalDate eventDate,
            String child,
            @Nullable UUID source,
            Instant now) {
        return new Revision(kind, reason, eventDate, child, source, now);
    }

    @Override
    public RevisionRecord.@Nullable Kind direction(String reason) {
        return switch (reason) {
            case "SHUSSEI", "KANGO_KAISHI" -> RevisionRecord.Kind.ZOGAKU;
            case "SHIBO", "KANGO_SHURYO" -> RevisionRecord.Kind.GENGAKU;
            default -> null;
        };
    }

    @Override
    public String reasonLabel(String reason) {
        return REASONS.getOrDefault(reason, "その他");
    }

    @Override
    public boolean paysForAChild(Entitlement entitlement) {
        return !entitlement.openChildren().isEmpty();
    }

    @Override
    public String noChildReason() {
        return "JIDO_FUZAI";
    }

    @Override
    public String endName() {
        return "資格喪失";
    }

    @Override
    public String endText(String why, Effective last) {
        return "受給資格を喪失（" + why + "）。" + last.reason();
    }

    @Override
    public String countedText(String child, Effective from) {
        return "児童（" + child + "）を" + from.month() + "分から対象児童とする。" + from.reason();
    }

    @Override
    public String uncountedText(String child, Effective from) {
        return "児童（" + child + "）を" + from.month() + "分から対象児童としない。" + from.reason();
    }

    @Override
    public String alreadyCounted(String child) {
        return "宛名番号「" + child + "」の児童は既にこの受給資格の対象児童です。";
    }

    @Override
    public String notCounted(String child) {
        return "宛名番号「" + child + "」の児童はこの受給資格の対象児童ではありません。";
    }

    @Override
    public String birthProposalText(String child) {
        return "世帯に児童（" + child + "）が出生。額改定請求を受けて確定してください（増額は請求の翌月から: 児童扶養手当法 第8条第1項）。";
    }

    @Override
    public PublishedEvent granted(EventEnvelope envelope, Entitlement e) {
        return new ChildRearingAllowanceGranted(
                envelope, e.id(), e.recipient(), e.start().toString());
    }

    @Override
    public PublishedEvent revised(
            EventEnvelope envelope, Entitlement e, RevisionRecord.Kind kind, String child, YearMonth from) {
        return new ChildRearingAllowanceRevised(
                envelope, e.id(), e.recipient(), kind.name().toLowerCase(Locale.ROOT), child, from.toString());
    }

    @Override
    public PublishedEvent ended(EventEnvelope envelope, Entitlement e, YearMonth last, String reason) {
        return new ChildRearingAllowanceEnded(envelope, e.id(), e.recipient(), last.toString(), reason);
    }
}
