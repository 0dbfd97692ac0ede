package jp.kikan.platform.problem;

/**
 * 422 for a well-formed request that a legal or business rule refuses (not-granted, child-already-supported …): the
 * problem document names the rule's code and the field it concerns, with the reason in Japanese. Malformed input
 * (400) is {@link ProblemException#invalid}; a date that does not parse is {@link RequestDates}'s.
 */
public final class Refusal {

    private Refusal() {}

    /** The refusal of {@code code} about {@code field}, explained by {@code reason}. */
    public static ProblemException of(String code, String field, String reason) {
        return ProblemException.unprocessable(code, reason, new InvalidParam(field, code, reason));
    }
}
