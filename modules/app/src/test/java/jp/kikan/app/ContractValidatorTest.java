package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kikan.testsupport.ContractValidator;
import org.junit.jupiter.api.Test;

/** The contract check the application tests rely on does catch responses that break the contract. */
class ContractValidatorTest {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final String RESIDENT = "/api/resident-registry/v1/tenants/139998/residents/000000000100001";

    @Test
    void aMissingRequiredFieldIsAViolation() {
        assertThat(ContractValidator.violations("GET", RESIDENT, 200, JSON, "{\"atenabango\":\"1\"}"))
                .isNotEmpty();
    }

    @Test
    void anUndeclaredStatusIsAViolation() {
        assertThat(ContractValidator.violations("GET", RESIDENT, 418, JSON, "{}"))
                .isNotEmpty();
    }

    @Test
    void aValueOutsideTheDeclaredCodeListIsAViolation() {
        String body = "{\"atenabango\":\"1\",\"shimei\":{\"shimei\":\"山田　太郎\"},\"seinengappi\":\"2000-01-01\","
                + "\"seibetsu\":\"7\",\"setaibango\":\"1\",\"zokugara\":\"世帯主\",\"jusho\":{}}";
        assertThat(ContractValidator.violations("GET", RESIDENT, 200, JSON, body))
                .anySatisfy(v -> assertThat(v).contains("seibetsu"));
    }

    @Test
    void aConformingResponseHasNoViolation() {
        String body = "{\"atenabango\":\"1\",\"shimei\":{\"shimei\":\"山田　太郎\"},\"seinengappi\":\"2000-01-01\","
                + "\"seibetsu\":\"1\",\"setaibango\":\"1\",\"zokugara\":\"世帯主\",\"jusho\":{},"
                + "\"rirekibango\":1,\"jotai\":\"JUMIN\",\"setainushi\":true,\"idojiyu\":\"TENNYU\","
                + "\"idoymd\":\"2020-04-01\",\"shori_nichiji\":\"2020-04-02T09:00:00Z\",\"shien_sochi\":false}";
        assertThat(ContractValidator.violations("GET", RESIDENT, 200, JSON, body))
                .isEmpty();
    }
}
