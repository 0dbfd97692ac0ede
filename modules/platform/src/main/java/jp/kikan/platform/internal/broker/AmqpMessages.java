package jp.kikan.platform.internal.broker;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.platform.events.PublishedEvent;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a vendor receives (README "Events on a broker", ADR 0024): one topic exchange per business ({@code
 * kikan.<business>}), the event type as routing key, the payload of {@code specs/<business>/events.yaml} as the JSON
 * body, and the envelope's routing facts as headers, so that a subscriber can filter and deduplicate without parsing
 * the body.
 */
final class AmqpMessages {

    /** 全国地方公共団体コード of the tenant whose data changed. */
    static final String TENANT = "kikan-tenant";

    static final String EVENT_ID = "kikan-event-id";
    static final String EVENT_TYPE = "kikan-event-type";
    static final String EVENT_VERSION = "kikan-event-version";
    static final String BUSINESS = "kikan-business";

    /** DV等支援措置 (閲覧・交付制限) applies to the subject: the consumer must withhold the address. */
    static final String RESTRICTED = "kikan-restricted";

    private AmqpMessages() {}

    /** The exchange of a business: {@code kikan.resident-registry}, {@code kikan.child-allowance} … */
    static String exchange(String business) {
        return "kikan." + business;
    }

    static Map<String, Object> headers(PublishedEvent event) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(TENANT, event.tenantCode());
        headers.put(EVENT_ID, event.eventId().toString());
        headers.put(EVENT_TYPE, event.eventType());
        headers.put(EVENT_VERSION, event.version());
        headers.put(BUSINESS, event.business());
        headers.put(RESTRICTED, event.restricted());
        return headers;
    }

    /**
     * The message of an event: {@code serialized} is the outbox's JSON of it, to which the schema's major {@code
     * version} (an envelope field of {@code specs/common/events.yaml} that the record does not hold) is added after
     * the event id. The event id is also the AMQP {@code message-id}, the event type the {@code type}.
     */
    static Message message(PublishedEvent event, String serialized, Map<String, Object> headers, JsonMapper json) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setMessageId(event.eventId().toString());
        properties.setType(event.eventType());
        properties.setAppId("kikan");
        properties.setTimestamp(Date.from(event.occurredAt()));
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        headers.forEach(properties::setHeader);
        return new Message(body(serialized, event.version(), json), properties);
    }

    private static byte[] body(String serialized, int version, JsonMapper json) {
        JsonNode payload = json.readTree(serialized);
        ObjectNode body = json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : payload.properties()) {
            body.set(field.getKey(), field.getValue());
            if (field.getKey().equals("eventId")) {
                body.put("version", version);
            }
        }
        body.put("version", version);
        return json.writeValueAsBytes(body);
    }
}
