package jp.kikan.platform.internal.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The development token issuer's key pair (generated at start, never stored) and the decoder that trusts it.
 * Off unless {@value #ENABLED} is true; production sets
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}) instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DevTokenIssuerConfiguration.ENABLED, havingValue = "true")
class DevTokenIssuerConfiguration {

    static final String ENABLED = "kikan.security.dev-token-issuer.enabled";

    /**
     * The issuer its tokens name: an https URL, as an identity provider's is, in the reserved {@code .invalid} domain
     * (it is never looked up). Spring Security reads a token's {@code iss} as a URL; a URN sent every request through
     * the JDK's search for a URL handler of its scheme (a ServiceLoader over the class path), a tenth of an as-of
     * read's time in the benchmark.
     */
    static final String ISSUER = "https://dev-token-issuer.kikan.invalid";

    private final RSAKey key;

    DevTokenIssuerConfiguration() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID("kikan-dev")
                .build();
    }

    @Bean
    JwtEncoder devJwtEncoder() {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    @Bean
    JwtDecoder devJwtDecoder() throws com.nimbusds.jose.JOSEException {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }
}
