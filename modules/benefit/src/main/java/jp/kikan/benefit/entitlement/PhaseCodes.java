package jp.kikan.benefit.entitlement;

import jakarta.persistence.AttributeConverter;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codes a law stores its {@link Phase}s under (its 状態 column and API): SHINSEI, NINTEI, KYAKKA and the law's own
 * name for the end. A law's entity names its codes with {@code @Convert(attributeName = "phase", converter = …)}:
 * {@link Extinction}, {@link Loss}, or a subclass of its own for another name of the end.
 */
public abstract class PhaseCodes implements AttributeConverter<Phase, String> {

    /** The codes of a law whose 受給資格 ends by 消滅 (SHOMETSU): 児童手当. */
    public static final class Extinction extends PhaseCodes {
        public Extinction() {
            super("SHOMETSU");
        }
    }

    /** The codes of a law whose 受給資格 ends by 資格喪失 (SOSHITSU): 児童扶養手当, the 手当 of 障害者福祉. */
    public static final class Loss extends PhaseCodes {
        public Loss() {
            super("SOSHITSU");
        }
    }

    private final Map<Phase, String> codes;

    /** The usual codes, with {@code ended} for {@link Phase#ENDED} (SHOMETSU, SOSHITSU …). */
    protected PhaseCodes(String ended) {
        this.codes = new EnumMap<>(Map.of(
                Phase.CLAIMED, "SHINSEI", Phase.GRANTED, "NINTEI", Phase.REJECTED, "KYAKKA", Phase.ENDED, ended));
    }

    /** The code of {@code phase}. */
    public String code(Phase phase) {
        String code = codes.get(phase);
        if (code == null) {
            throw new IllegalArgumentException("no code for " + phase);
        }
        return code;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Phase phase) {
        return phase == null ? null : code(phase);
    }

    @Override
    public @Nullable Phase convertToEntityAttribute(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return codes.entrySet().stream()
                .filter(e -> e.getValue().equals(code))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown 状態 " + code));
    }
}
