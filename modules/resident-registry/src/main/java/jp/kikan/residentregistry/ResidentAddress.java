package jp.kikan.residentregistry;

import org.jspecify.annotations.Nullable;

/**
 * 住所 as the standard structures it (市区町村コード, 町字ID of the Address Base Registry, 都道府県, 市区郡町村名, 町字,
 * 番地号表記, 方書).
 */
public record ResidentAddress(
        @Nullable String shikuchosonkodo,
        @Nullable String choazakodo,
        @Nullable String todofuken,
        @Nullable String shikugunchosonmei,
        @Nullable String choaza,
        @Nullable String banchigohyoki,
        @Nullable String katagaki) {

    /** The address on one line, e.g. 東京都若葉市中央一丁目1番2号　若葉ハイツ101号室. */
    public String oneLine() {
        StringBuilder b = new StringBuilder();
        for (String part : new @Nullable String[] {todofuken, shikugunchosonmei, choaza, banchigohyoki}) {
            if (part != null) {
                b.append(part);
            }
        }
        if (katagaki != null && !katagaki.isBlank()) {
            b.append('　').append(katagaki);
        }
        return b.toString();
    }
}
