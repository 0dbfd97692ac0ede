package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.EventContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check of a payload against specs/resident-registry/events.yaml that the broker tests rely on
 * ({@link EventContract}): a conforming ResidentMovedIn passes, and each kind of drift is reported.
 */
class RegistryEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MOVED_IN = """
            {"eventId":"6f1c2b1e-1d2a-4c3b-9a8b-7c6d5e4f3a2b","version":1,"tenantCode":"131016",
             "occurredAt":"2026-11-01T01:02:03Z","effectiveDate":"2026-10-31","restricted":false,
             "idoId":"0b7e6a2c-3f4d-4e5f-8a9b-1c2d3e4f5a6b","atenabango":"000000000000019",
             "setaibango":"000000000000027","birthDate":"1990-01-01","reason":"TENNYU"}""";

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void aConformingPayloadHasNoViolation() {
        assertThat(EventContract.violations("resident-registry", "ResidentMovedIn", json(MOVED_IN)))
                .isEmpty();
    }

    @Test
    void driftIsReported() {
        String drifted = MOVED_IN.replace("\"version\":1,", "")
                .replace("\"reason\":\"TENNYU\"", "\"reason\":\"NYUKOKU\",\"address\":\"東京都\"")
                .replace("\"restricted\":false", "\"restricted\":\"no\"")
                .replace("0b7e6a2c-3f4d-4e5f-8a9b-1c2d3e4f5a6b", "not-a-uuid");

        assertThat(EventContract.violations("resident-registry", "ResidentMovedIn", json(drifted)))
                .anySatisfy(v -> assertThat(v).contains("required field version"))
                .anySatisfy(v -> assertThat(v).contains("address is not in the contract"))
                .anySatisfy(v -> assertThat(v).contains("reason").contains("is not one of"))
                .anySatisfy(v -> assertThat(v).contains("restricted").contains("not of type boolean"))
                .anySatisfy(v -> assertThat(v).contains("idoId").contains("is not a uuid"))
                .hasSize(5);
    }
}
