package jp.kikan.migration.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void leadingZerosCountAndAnyKeyWorks() {
        KeyIndex index = new KeyIndex();
        assertThat(index.putIfAbsent("000000000100001", 1)).isEqualTo(-1);
        assertThat(index.putIfAbsent("100001", 2)).isEqualTo(-1);
        assertThat(index.putIfAbsent("A-100001", 3)).isEqualTo(-1);
        assertThat(index.putIfAbsent("123456789012345678", 4)).isEqualTo(-1);
        assertThat(index.putIfAbsent("000000000100001", 9)).isEqualTo(1);
        assertThat(index.get("100001")).isEqualTo(2);
        assertThat(index.get("A-100001")).isEqualTo(3);
        assertThat(index.get("123456789012345678")).isEqualTo(4);
        assertThat(index.get("0100001")).isEqualTo(-1);
        assertThat(index.get(KeyIndex.encode("100001"))).isEqualTo(2);
        assertThat(KeyIndex.encode("")).isEqualTo(-1);
    }

    @Test
    void holdsMillionsOfKeysThroughGrowth() {
        LongIntMap map = new LongIntMap();
        for (int i = 0; i < 200_000; i++) {
            assertThat(map.putIfAbsent(i * 7919L, i)).isEqualTo(-1);
        }
        assertThat(map.size()).isEqualTo(200_000);
        assertThat(map.get(7919L * 123_456)).isEqualTo(123_456);
        assertThat(map.get(-5)).isEqualTo(-1);
    }
}
