package jp.kikan.conformance.harness;

import java.util.Optional;

/** 実装区分: how the standard classifies a requirement. */
public enum RequirementKind {

    /** 実装必須機能: every conforming system must have it. */
    MANDATORY("mandatory", "実装必須"),
    /** 標準オプション機能: a system may have it; if it does, it must behave as specified. */
    OPTIONAL("optional", "標準オプション"),
    /** 実装不可機能: a system must not have it; its test checks that the system refuses. */
    PROHIBITED("prohibited", "実装不可");

    private final String code;
    private final String japanese;

    RequirementKind(String code, String japanese) {
        this.code = code;
        this.japanese = japanese;
    }

    /** As written in catalogues and the JSON report: {@code mandatory}, {@code optional}, {@code prohibited}. */
    public String code() {
        return code;
    }

    /** The standard's term, e.g. 実装必須. */
    public String japanese() {
        return japanese;
    }

    /** The kind written {@code code} in a catalogue. */
    public static Optional<RequirementKind> fromCode(String code) {
        for (RequirementKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
