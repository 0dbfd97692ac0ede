package jp.kikan.benefit.entitlement;

import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.events.PublishedEvent;

/**
 * The three events of a law's 受給資格 (認定, 額改定, the end), as the constructors of the law's records
 * ({@code ChildAllowanceGranted::new} …): each record is its envelope and these fields, in the order of its schema in
 * {@code specs/<business>/events.yaml}.
 */
public record EntitlementEvents(Granted granted, Revised revised, Ended ended) {

    /** 認定, paid from {@code startMonth} (YYYY-MM). */
    @FunctionalInterface
    public interface Granted {
        PublishedEvent of(EventEnvelope envelope, UUID entitlementId, String atenabango, String startMonth);
    }

    /** 額改定 ({@code kind}: zogaku, gengaku) of {@code childAtenabango} from {@code revisedFrom} (YYYY-MM). */
    @FunctionalInterface
    public interface Revised {
        PublishedEvent of(
                EventEnvelope envelope,
                UUID entitlementId,
                String atenabango,
                String kind,
                String childAtenabango,
                String revisedFrom);
    }

    /** The end, paid through {@code lastMonth} (YYYY-MM), for {@code reason} (the law's code in lower case). */
    @FunctionalInterface
    public interface Ended {
        PublishedEvent of(
                EventEnvelope envelope, UUID entitlementId, String atenabango, String lastMonth, String reason);
    }
}
