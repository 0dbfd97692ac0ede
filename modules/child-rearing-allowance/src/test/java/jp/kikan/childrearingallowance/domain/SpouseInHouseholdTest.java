package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A 配偶者 in the 受給者's household as the 続柄 shows it (児童扶養手当法 第3条第3項・第4条第2項, 住民基本台帳事務処理要領). */
class SpouseInHouseholdTest {

    @Test
    void law3_3_aHeadWithAWifeOrAnUnregisteredHusband_hasASpouse() {
        assertThat(SpouseInHousehold.of("世帯主", true, List.of("子", "夫（未届）"))).contains(SpouseInHousehold.Sign.DE_FACTO);
        assertThat(SpouseInHousehold.of("世帯主", true, List.of("妻", "子"))).contains(SpouseInHousehold.Sign.MARRIED);
    }

    @Test
    void law3_3_aMemberRecordedAsWifeOfTheHead_hasTheHeadAsSpouse() {
        assertThat(SpouseInHousehold.of("妻", false, List.of("世帯主", "妻の子"))).contains(SpouseInHousehold.Sign.MARRIED);
        assertThat(SpouseInHousehold.of("妻（未届）", false, List.of("世帯主"))).contains(SpouseInHousehold.Sign.DE_FACTO);
    }

    @Test
    void aMotherLivingWithHerParentsOrALodger_hasNone() {
        assertThat(SpouseInHousehold.of("子", false, List.of("世帯主", "妻", "孫"))).isEmpty();
        assertThat(SpouseInHousehold.of("世帯主", true, List.of("子", "同居人"))).isEmpty();
    }
}
