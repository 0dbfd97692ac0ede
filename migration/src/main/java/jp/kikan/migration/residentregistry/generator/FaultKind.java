package jp.kikan.migration.residentregistry.generator;

import java.util.Locale;
import java.util.Optional;
import jp.kikan.migration.residentregistry.model.DataGroup;

/**
 * The faults a synthetic set can carry, each with the problem code and item the validation must report for it. Person
 * faults hit residents that are not a 世帯主 (so the household stays sound), at most one fault per resident; their
 * history rows are then expected as {@code parent-rejected}.
 */
public enum FaultKind {
    /** 個人番号 with a wrong check digit. */
    BAD_CHECK_DIGIT("check-digit", DataGroup.JUMIN, "kojinbango"),
    /** A private-use character (外字) the 外字 table does not map, in the name. */
    UNMAPPED_GAIJI("unmapped-character", DataGroup.JUMIN, "shimei"),
    /** A history row whose resident does not exist. */
    ORPHAN_HISTORY("person-missing", DataGroup.IDORIREKI, "atenabango"),
    /** A second, different person with the same 宛名番号 (appended to the residents file); both are expected. */
    DUPLICATE_PERSON("duplicate-key", DataGroup.JUMIN, "atenabango"),
    /** The same person again under another 宛名番号 (appended); both are expected. */
    SUSPECTED_DUPLICATE("duplicate-suspected", DataGroup.JUMIN, "shimei"),
    /** A birth date that does not exist: 2月30日 ({@code invalid-date}) or 平成31年5月1日 ({@code wareki-out-of-era}). */
    IMPOSSIBLE_DATE("invalid-date", DataGroup.JUMIN, "seinengappi"),
    /** A 続柄 code in no code list. */
    UNKNOWN_ZOKUGARA("unknown-code", DataGroup.JUMIN, "zokugara"),
    /** Bytes the file's encoding cannot decode, in the name. */
    MALFORMED_BYTES("malformed-bytes", DataGroup.JUMIN, "shimei"),
    /** A 世帯番号 with no household. */
    MISSING_HOUSEHOLD("household-missing", DataGroup.JUMIN, "setaibango");

    private final String code;
    private final DataGroup group;
    private final String field;

    FaultKind(String code, DataGroup group, String field) {
        this.code = code;
        this.group = group;
        this.field = field;
    }

    /** The name used on the command line and in manifests, e.g. {@code bad-check-digit}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem code the validation reports (for {@link #IMPOSSIBLE_DATE} also {@code wareki-out-of-era}). */
    public String code() {
        return code;
    }

    public DataGroup group() {
        return group;
    }

    public String field() {
        return field;
    }

    public static Optional<FaultKind> byId(String id) {
        for (FaultKind k : values()) {
            if (k.id().equals(id.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
