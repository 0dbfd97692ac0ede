package jp.kikan.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error dispatch ({@code response.sendError} in a filter, an exception out of one) answered
 * as a problem document, in place of Spring Boot's {@code BasicErrorController} and its own JSON shape. Written
 * directly, whatever the request's {@code Accept}: an error needs no content negotiation.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemRenderer renderer;

    ProblemErrorController(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Requested directly, /error is only a path that holds nothing.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : 404;
        renderer.write(ContainerProblems.of(status), request, response);
    }
}
