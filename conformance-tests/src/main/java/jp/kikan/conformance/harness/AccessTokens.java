package jp.kikan.conformance.harness;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Bearer tokens for the target. A fixed token ({@code KIKAN_TOKEN}) is used for every request when set, whatever the
 * subject and roles asked for; otherwise a token is fetched from the target's development endpoint
 * {@code POST /dev/token} with {@code {"subject", "tenant", "roles"}} and cached until a minute before
 * {@code expires_in} runs out.
 */
public final class AccessTokens {

    /** Path of the development token endpoint of a Kikan target. */
    public static final String DEV_TOKEN_PATH = "/dev/token";

    private final ApiClient anonymous;
    private final @Nullable String fixedToken;
    private final Clock clock;
    private final Map<List<Object>, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, Instant refreshAfter) {}

    AccessTokens(ApiClient anonymous, @Nullable String fixedToken, Clock clock) {
        this.anonymous = anonymous;
        this.fixedToken = fixedToken == null || fixedToken.isBlank() ? null : fixedToken.strip();
        this.clock = clock;
    }

    /**
     * A token for {@code subject} acting for municipality {@code tenant} with {@code roles}.
     *
     * @throws IllegalStateException when the endpoint does not answer 200 with an {@code access_token}
     */
    public String token(String subject, String tenant, List<String> roles) {
        if (fixedToken != null) {
            return fixedToken;
        }
        List<Object> key = List.of(subject, tenant, List.copyOf(roles));
        Token cached = cache.get(key);
        if (cached != null && clock.instant().isBefore(cached.refreshAfter())) {
            return cached.value();
        }
        ApiResponse response = anonymous.post(
                DEV_TOKEN_PATH, Map.of("subject", subject, "tenant", tenant, "roles", List.copyOf(roles)));
        JsonNode body = response.json();
        if (response.status() != 200
                || body == null
                || !body.path("access_token").isString()) {
            throw new IllegalStateException("no token from " + anonymous.resolve(DEV_TOKEN_PATH) + " (" + response
                    + "); set KIKAN_TOKEN to test a target without the development token endpoint");
        }
        long lifetime = body.path("expires_in").asLong(300);
        Token token = new Token(
                body.path("access_token").asString(), clock.instant().plusSeconds(Math.max(0, lifetime - 60)));
        cache.put(key, token);
        return token.value();
    }
}
