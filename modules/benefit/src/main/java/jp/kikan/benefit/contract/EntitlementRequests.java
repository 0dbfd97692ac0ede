package jp.kikan.benefit.contract;

import java.time.LocalDate;
import java.util.function.Function;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.EntitlementRecord;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.benefit.entitlement.PhaseCodes;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.RequestDates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The entitlement kit's commands from the fields of a business's requests, which every paying business names alike
 * (決定日 {@code ketteiymd}, 事由の生じた日 {@code jiyu_ymd}, 額改定請求日 {@code seikyu_ymd}): a date that is not one, or
 * lies in the future, is a 400 naming its field (ADR 0026). What a law's request adds (a child's 監護, its 所得) the
 * business reads itself.
 */
public final class EntitlementRequests {

    private EntitlementRequests() {}

    /** 認定 ({@code grant}) or 却下 with its reason, decided on the request's {@code ketteiymd}. */
    public static EntitlementLifecycle.Decision decision(boolean grant, String ketteiymd, @Nullable String kyakkaRiyu) {
        return new EntitlementLifecycle.Decision(grant, RequestDates.notFuture("ketteiymd", ketteiymd), kyakkaRiyu);
    }

    /** A 額改定 the clerk makes: 増額 ({@code increase}) or 減額 of {@code child} for the law's {@code jiyu}. */
    public static EntitlementLifecycle.Change change(
            boolean increase, String jiyu, String jiyuYmd, String child, @Nullable String seikyuYmd) {
        return new EntitlementLifecycle.Change(
                increase ? RevisionRecord.Kind.ZOGAKU : RevisionRecord.Kind.GENGAKU,
                jiyu,
                RequestDates.notFuture("jiyu_ymd", jiyuYmd),
                child,
                optionalPast("seikyu_ymd", seikyuYmd));
    }

    /** The clerk's answer to a proposal: withdrawn with an optional reason, or confirmed on a 額改定請求 of a date. */
    public static EntitlementLifecycle.ProposalAnswer proposalAnswer(
            boolean withdraw, @Nullable String riyu, @Nullable String seikyuYmd) {
        return new EntitlementLifecycle.ProposalAnswer(withdraw, riyu, optionalPast("seikyu_ymd", seikyuYmd));
    }

    /** The end the clerk records (消滅届, 資格喪失届): the law's {@code jiyu} on {@code jiyuYmd}, with a note. */
    public static EntitlementLifecycle.Ending ending(String jiyu, String jiyuYmd, @Nullable String biko) {
        return new EntitlementLifecycle.Ending(jiyu, RequestDates.notFuture("jiyu_ymd", jiyuYmd), biko);
    }

    /** The 状態 a search asks for (the API's enum of the law's codes), or none. */
    public static @Nullable Phase phase(PhaseCodes codes, @Nullable Enum<?> jotai) {
        return jotai == null ? null : codes.convertToEntityAttribute(jotai.name());
    }

    /** The answer to a step: the 受給資格 in the law's {@code view}, with its version as the ETag. */
    public static <E extends EntitlementRecord<?, ?, ?, ?>, V> ResponseEntity<V> answer(
            HttpStatus status, E entitlement, Function<? super E, V> view) {
        return ResponseEntity.status(status)
                .eTag(EntityTags.of(entitlement.version()))
                .body(view.apply(entitlement));
    }

    private static @Nullable LocalDate optionalPast(String field, @Nullable String text) {
        return text == null ? null : RequestDates.notFuture(field, text);
    }
}
