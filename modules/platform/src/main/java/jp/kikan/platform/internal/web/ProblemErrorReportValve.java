package jp.kikan.platform.internal.web;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Tomcat's error report as a problem document instead of its English HTML page. Tomcat answers some requests itself,
 * before any filter or servlet: a request line with raw (not percent-encoded) UTF-8, an encoded slash {@code %2F} or
 * {@code %00} in the path, a malformed header. Installed on the host in place of {@link ErrorReportValve}; every
 * response that reaches it with a status of 400 or more and no body gets one.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemRenderer renderer;

    ProblemErrorReportValve(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        // Refused before the request-id filter ran: the answer still carries an id to quote.
        String requestId = response.getHeader(RequestIds.HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(RequestIds.HEADER, requestId);
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            response.setContentType(ProblemRenderer.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(renderer.text(ContainerProblems.of(status), request));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response cannot take a body any more: nothing left to tell it.
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
