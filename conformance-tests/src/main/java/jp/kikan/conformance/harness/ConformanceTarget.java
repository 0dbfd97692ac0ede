package jp.kikan.conformance.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system under test: its base URL, HTTP clients for it and tokens to call it with.
 *
 * <p>The base URL is, in order: one set by {@link #use(URI)} (a suite that starts the application in-process on a
 * random port calls this before its tests); the system property {@value #BASE_URL_PROPERTY}; the environment variable
 * {@value #BASE_URL_ENV}; else {@value #DEFAULT_BASE_URL}. Tokens: the environment variable {@value #TOKEN_ENV} when
 * set, else the target's development token endpoint (see {@link AccessTokens}).
 *
 * <pre>
 * ApiClient clerk = ConformanceTarget.current().as("clerk-1", "131016", "resident-registry:clerk");
 * ApiResponse response = clerk.get("/api/resident-registry/residents/R0001");
 * </pre>
 */
public final class ConformanceTarget {

    /** System property (or JUnit configuration parameter) with the base URL. */
    public static final String BASE_URL_PROPERTY = "kikan.conformance.base-url";
    /** Environment variable with the base URL. */
    public static final String BASE_URL_ENV = "KIKAN_BASE_URL";
    /** Environment variable with a ready bearer token, used instead of the development token endpoint. */
    public static final String TOKEN_ENV = "KIKAN_TOKEN";
    /** Base URL when nothing is configured: a locally running Kikan. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";
    /** 団体コード of the demo municipality (東京都若葉市, fictional), the usual tenant of the suites. */
    public static final String DEMO_TENANT = "139998";

    /** 団体コード of a second tenant, for isolation scenarios (千代田区; registered by the in-process start). */
    public static final String OTHER_TENANT = "131016";

    private static @Nullable ConformanceTarget current;
    private static @Nullable URI inProcess;

    private final URI baseUrl;
    private final HttpClient http;
    private final JsonMapper json;
    private final AccessTokens tokens;

    private ConformanceTarget(URI baseUrl, @Nullable String fixedToken) {
        this.baseUrl = baseUrl;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.json = JsonMapper.builder().build();
        this.tokens = new AccessTokens(anonymous(), fixedToken, Clock.systemUTC());
    }

    /** A target at {@code baseUrl}; {@code fixedToken} replaces the token endpoint when not null. */
    public static ConformanceTarget of(URI baseUrl, @Nullable String fixedToken) {
        return new ConformanceTarget(baseUrl, fixedToken);
    }

    /** The configured target of this run (see the class comment for the order). */
    public static synchronized ConformanceTarget current() {
        if (current == null) {
            current = of(URI.create(configuredBaseUrl(System::getProperty, System::getenv)), System.getenv(TOKEN_ENV));
        }
        return current;
    }

    /**
     * Points the run at an application started in-process (e.g. on a random port); later {@link #current()} calls
     * and the report use it.
     */
    public static synchronized void use(URI baseUrl) {
        inProcess = baseUrl;
        current = of(baseUrl, System.getenv(TOKEN_ENV));
    }

    /** The base URL from a property or environment lookup, else {@value #DEFAULT_BASE_URL}. */
    static String configuredBaseUrl(
            Function<String, @Nullable String> property, Function<String, @Nullable String> env) {
        String fromProperty = property.apply(BASE_URL_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty.strip();
        }
        String fromEnv = env.apply(BASE_URL_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv.strip() : DEFAULT_BASE_URL;
    }

    /** The base URL to show in the report: the explicit configuration parameter, else in-process, else environment/default. */
    static synchronized String reportedBaseUrl(Optional<String> configurationParameter) {
        Optional<String> explicit =
                configurationParameter.filter(s -> !s.isBlank()).map(String::strip);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (inProcess != null) {
            return inProcess.toString();
        }
        return configuredBaseUrl(System::getProperty, System::getenv);
    }

    /** The base URL, e.g. {@code http://localhost:8080}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** A client that sends no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(http, baseUrl, json, Map.of(), null);
    }

    /** A client that authenticates as {@code subject} of municipality {@code tenant} with {@code roles}. */
    public ApiClient as(String subject, String tenant, String... roles) {
        List<String> roleList = List.of(roles);
        return new ApiClient(http, baseUrl, json, Map.of(), () -> tokens.token(subject, tenant, roleList));
    }

    /** The token source, for suites that need the raw token. */
    public AccessTokens tokens() {
        return tokens;
    }

    /** The JSON mapper the clients use, to build request bodies or read responses. */
    public JsonMapper json() {
        return json;
    }

    @Override
    public String toString() {
        return "ConformanceTarget[" + baseUrl + "]";
    }
}
