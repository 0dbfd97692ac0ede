package jp.kikan.platform.internal.web;

/** Names shared by the request-id filter, the logs and the problem documents. */
public final class RequestIds {

    /** The MDC key; structured logs carry it as {@code requestId}. */
    public static final String MDC_KEY = "requestId";

    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {}
}
