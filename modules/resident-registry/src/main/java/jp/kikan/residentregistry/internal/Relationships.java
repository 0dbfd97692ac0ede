package jp.kikan.residentregistry.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * 世帯主との続柄 as the registry records them (住民基本台帳事務処理要領 第2-1-(2)-ク: 妻, 子, 父, 母, 妻の子, 子の妻,
 * 縁故者, 同居人 …), from {@code zokugara.txt}. The head's own entry is {@value #HEAD}.
 */
final class Relationships {

    /** The 続柄 of the 世帯主 himself or herself. */
    static final String HEAD = "世帯主";

    private static final Set<String> KNOWN = load();

    private Relationships() {}

    static boolean isKnown(String zokugara) {
        return KNOWN.contains(zokugara);
    }

    private static Set<String> load() {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = Objects.requireNonNull(
                        Relationships.class.getResourceAsStream("zokugara.txt"), "zokugara.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String value = line.strip();
                if (!value.isEmpty() && !value.startsWith("#")) {
                    out.add(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
