package jp.kikan.childallowance.internal;

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
import jp.kikan.childallowance.domain.EffectiveMonth;
import jp.kikan.childallowance.domain.EffectiveMonths;
import jp.kikan.childallowance.domain.Occurrence;
import jp.kikan.childallowance.events.ChildAllowanceEnded;
import jp.kikan.childallowance.events.ChildAllowanceGranted;
import jp.kikan.childallowance.events.ChildAllowanceRevised;
import jp.kikan.platform.Business;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.events.PublishedEvent;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 児童手当 as the entitlement kit runs it: its months (第8条, 第9条 and the 15日特例), its 事由, that a 受給資格 needs a
 * 支給要件児童 (第4条), its wording and its events.
 */
@Component
class ChildAllowanceLaw implements EntitlementLaw<Entitlement, EntitlementChild, Revision> {

    static final Business BUSINESS = Business.CHILD_ALLOWANCE;

    /** 事由 of 額改定 and 消滅 in Japanese. */
    static final Map<String, String> REASONS = Map.of(
            "TENSHUTSU", "転出",
            "SHIBO", "死亡",
            "KANGO_SHURYO", "監護しなくなった",
            "JIDO_NASHI", "支給要件児童がいなくなった",
            "KANGO_KAISHI", "監護の開始",
            "SHUSSEI", "出生",
            "SONOTA", "その他");

    private final ChildAllowanceEntitlements entitlements;
    private final EffectiveMonths months;

    ChildAllowanceLaw(ChildAllowanceEntitlements entitlements, EffectiveMonths months) {
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
        return "child-allowance.registry-reactions";
    }

    /** An increase for a birth counts from the 15日特例 of the birth (第9条第1項, 第8条第3項). */
    @Override
    public Effective increase(LocalDate claimDate, Revision revision, ResidentSnapshot child) {
        Occurrence birth =
                revision.reason().equals("SHUSSEI") ? new Occurrence(Occurrence.Kind.BIRTH, child.birthDate()) : null;
        return effective(months.increase(claimDate, birth));
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
        return entitlement.hasSupportedChild();
    }

    @Override
    public String noChildReason() {
        return "JIDO_NASHI";
    }

    @Override
    public String endName() {
        return "消滅";
    }

    @Override
    public String endText(String why, Effective last) {
        return "受給資格が消滅（" + why + "）。" + last.reason();
    }

    @Override
    public String countedText(String child, Effective from) {
        return "児童（" + child + "）を" + from.month() + "分から算定。" + from.reason();
    }

    @Override
    public String uncountedText(String child, Effective from) {
        return "児童（" + child + "）を" + from.month() + "分から算定しない。" + from.reason();
    }

    @Override
    public String alreadyCounted(String child) {
        return "宛名番号「" + child + "」の児童は既にこの受給資格で算定されています。";
    }

    @Override
    public String notCounted(String child) {
        return "宛名番号「" + child + "」の児童はこの受給資格で算定されていません。";
    }

    @Override
    public String birthProposalText(String child) {
        return "世帯に児童（" + child + "）が出生。額改定請求を受けて確定してください（増額は請求の翌月から、" + "出生の翌日から15日以内の請求なら出生の翌月から: 児童手当法 第9条、第8条第3項）。";
    }

    @Override
    public PublishedEvent granted(EventEnvelope envelope, Entitlement e) {
        return new ChildAllowanceGranted(
                envelope, e.id(), e.recipient(), e.start().toString());
    }

    @Override
    public PublishedEvent revised(
            EventEnvelope envelope, Entitlement e, RevisionRecord.Kind kind, String child, YearMonth from) {
        return new ChildAllowanceRevised(
                envelope, e.id(), e.recipient(), kind.name().toLowerCase(Locale.ROOT), child, from.toString());
    }

    @Override
    public PublishedEvent ended(EventEnvelope envelope, Entitlement e, YearMonth last, String reason) {
        return new ChildAllowanceEnded(envelope, e.id(), e.recipient(), last.toString(), reason);
    }
}
