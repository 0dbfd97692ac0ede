package jp.kikan.platform.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development token issuer, for the demo and the tests only: signs a token for any staff id, tenant and roles.
 * It exists only where {@code kikan.security.dev-token-issuer.enabled=true} (the {@code dev} profile); the
 * production configuration validates tokens of the municipality's identity provider instead.
 */
@RestController
@ConditionalOnProperty(name = DevTokenIssuerConfiguration.ENABLED, havingValue = "true")
class DevTokenController {

    static final String PATH = "/dev/token";

    private final JwtEncoder encoder;

    DevTokenController(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    /** Request body of the development token endpoint. */
    record TokenRequest(
            @Nullable String subject,
            @Nullable String name,
            @Nullable String tenant,
            @Nullable List<String> roles) {}

    @PostMapping(PATH)
    Map<String, Object> issue(@RequestBody TokenRequest request) {
        if (request.tenant() == null || request.tenant().isBlank()) {
            throw ProblemException.invalid("tenant（団体コード）を指定してください。", new InvalidParam("tenant", "required", "必須です。"));
        }
        String subject = request.subject() == null ? "dev-user" : request.subject();
        Instant now = Instant.now();
        Duration lifetime = Duration.ofHours(1);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(DevTokenIssuerConfiguration.ISSUER)
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("tenant", request.tenant())
                .claim("name", request.name() == null ? subject : request.name())
                .claim("roles", request.roles() == null ? List.of() : request.roles())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
        return Map.of("access_token", token, "token_type", "Bearer", "expires_in", lifetime.toSeconds());
    }
}
