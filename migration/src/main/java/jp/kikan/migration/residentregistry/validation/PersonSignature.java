package jp.kikan.migration.residentregistry.validation;

import java.nio.charset.StandardCharsets;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.platform.text.SearchNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * What makes two person records the same person in all likelihood: the same name, birth date and address after
 * {@link SearchNormalizer 検索用正規化} (width, kana, 旧字 folded: 髙橋 = 高橋). Kept as a 64-bit hash so a run can hold
 * millions; two different people collide with a chance of about n²/2⁶⁵ (1 in 2 million for 4 million records), which
 * would show up as a suspected duplicate to be checked by a person, never as a silent merge.
 */
public final class PersonSignature {

    private PersonSignature() {}

    /**
     * The address part of a signature: 市区町村コード (six digits), 町字, 番地号表記, 方書, 国名コード, 国外住所, absent ones
     * empty.
     */
    public static String address(@Nullable String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            s.append(part == null ? "" : part).append('/');
        }
        return s.toString();
    }

    /** The normalised text the hash is taken of. */
    public static String text(String shimei, LegacyDate birth, String address) {
        return SearchNormalizer.normalize(shimei) + "|" + birth.isoText() + "|" + SearchNormalizer.normalize(address);
    }

    public static long hash(String shimei, LegacyDate birth, String address) {
        byte[] bytes = text(shimei, birth, address).getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
