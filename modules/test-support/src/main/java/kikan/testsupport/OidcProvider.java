package kikan.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipality's OpenID Connect provider as the staff screens' tests need it (authorization code flow, RS256 ID
 * tokens, discovery and JWKS), on a port of its own in the test JVM. It signs in whoever the test names next, without a
 * login form, and it is strict where the application must be correct: it refuses an authorization request without a
 * PKCE S256 challenge, a token request whose verifier does not match it, a wrong client secret, a reused code and a
 * redirect URI other than the one of the authorization request. It is a test double for the real provider the
 * deployment names, never a part of the application.
 */
public final class OidcProvider implements AutoCloseable {

    /** The client the application is registered as. */
    public static final String CLIENT_ID = "kikan-staff-screens";

    public static final String CLIENT_SECRET = "test-client-secret-not-for-production";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<String> challenges = new CopyOnWriteArrayList<>();
    private volatile Map<String, Object> next = Map.of();

    /** An authorization code handed out, with what the token request must match. */
    private record Grant(String redirectUri, String challenge, String nonce, Map<String, Object> claims) {}

    private OidcProvider() throws IOException, JOSEException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
        server.createContext("/realms/test/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/test/authorize", this::authorize);
        server.createContext("/realms/test/token", this::token);
        server.createContext("/realms/test/jwks", x -> send(x, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    /** A provider listening on a free port of the loopback interface. */
    public static OidcProvider start() {
        try {
            return new OidcProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer URI a deployment configures ({@code spring.security.oauth2.client.provider.<id>.issuer-uri}). */
    public String issuer() {
        return issuer;
    }

    /** The next sign-in is {@code subject}, named {@code name}, staff of {@code tenant}, holding {@code roles}. */
    public void nextSignIn(String subject, String name, String tenant, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("name", name);
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        claims.put("roles", List.of(roles));
        next = Map.copyOf(claims);
    }

    /** What it refused, in order (empty when the application asked correctly). */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** The PKCE challenges of the authorization requests it accepted. */
    public List<String> challenges() {
        return List.copyOf(challenges);
    }

    private void discovery(HttpExchange x) throws IOException {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/authorize");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "profile"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        send(x, 200, JsonMapper.shared().writeValueAsString(metadata));
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        String redirect = q.getOrDefault("redirect_uri", "");
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type")) || redirect.isEmpty()) {
            refuse(x, "authorize: client_id, response_type or redirect_uri");
            return;
        }
        if (!"S256".equals(q.get("code_challenge_method"))
                || q.getOrDefault("code_challenge", "").isEmpty()) {
            refuse(x, "authorize: no PKCE S256 challenge");
            return;
        }
        if (!Set.of(q.getOrDefault("scope", "").split(" ")).contains("openid")) {
            refuse(x, "authorize: scope without openid");
            return;
        }
        challenges.add(q.get("code_challenge"));
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(redirect, q.get("code_challenge"), q.getOrDefault("nonce", ""), next));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            refuse(x, "token: client authentication");
            return;
        }
        Grant grant = codes.remove(f.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(f.get("grant_type"))) {
            refuse(x, "token: unknown or reused code");
            return;
        }
        if (!grant.redirectUri().equals(f.get("redirect_uri"))) {
            refuse(x, "token: redirect_uri differs");
            return;
        }
        if (!grant.challenge().equals(s256(f.getOrDefault("code_verifier", "")))) {
            refuse(x, "token: code_verifier does not match the challenge");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
        if (!grant.nonce().isEmpty()) {
            claims.claim("nonce", grant.nonce());
        }
        grant.claims().forEach((name, value) -> {
            if ("sub".equals(name)) {
                claims.subject(String.valueOf(value));
            } else {
                claims.claim(name, value);
            }
        });
        try {
            SignedJWT id = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            id.sign(new RSASSASigner(key));
            Map<String, Object> body = Map.of(
                    "access_token",
                    UUID.randomUUID().toString(),
                    "token_type",
                    "Bearer",
                    "expires_in",
                    300,
                    "scope",
                    "openid profile",
                    "id_token",
                    id.serialize());
            x.getResponseHeaders().add("Cache-Control", "no-store");
            send(x, 200, JsonMapper.shared().writeValueAsString(body));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refuse(HttpExchange x, String why) throws IOException {
        refusals.add(why);
        send(x, 400, "{\"error\":\"invalid_request\",\"error_description\":\"" + why + "\"}");
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, body.length);
        try (var out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
