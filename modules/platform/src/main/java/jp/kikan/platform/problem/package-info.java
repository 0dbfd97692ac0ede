/**
 * RFC 9457 problem details in the Kikan profile: a stable {@code code} (and {@code type} URN), a Japanese
 * {@code title} from the catalogue, a Japanese {@code detail}, and {@code invalidParams} naming each bad field.
 * Business code throws {@link jp.kikan.platform.problem.ProblemException}; the platform renders it.
 */
@org.springframework.modulith.NamedInterface("problem")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.problem;
