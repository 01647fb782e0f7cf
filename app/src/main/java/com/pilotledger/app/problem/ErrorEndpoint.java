package com.pilotledger.app.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/**
 * Where the servlet container sends what never reached a controller or failed outside one: an unknown path, a
 * method or media type no endpoint takes, a body over the container's limits, an exception in a filter. Under
 * {@code /api} the answer is a problem body like every other error; a page gets the error page. Visited directly
 * ({@code GET /error}) there is nothing here: 404. Replaces Spring Boot's error controller, whose JSON is not a
 * problem and which answers a direct visit with 500.
 */
@Controller
public class ErrorEndpoint implements ErrorController {

    private final JsonMapper json;

    public ErrorEndpoint(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("${server.error.path:/error}")
    public ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer value && value >= 400 && value < 600
                ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && ClientFaults.isClientFault(failure)) {
            status = HttpStatus.BAD_REQUEST;
            response.setStatus(status.value());
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Problems.isApi(path)) {
            Problems.write(response, Problems.ofStatus(status, detailOf(status)), json);
            return null;
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private static String detailOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take this method";
            case 413 -> "The request is larger than the ledger accepts";
            default -> status.is4xxClientError() ? "The request could not be handled as sent"
                    : "Something went wrong on our side; quote the X-Correlation-Id of this response when reporting it";
        };
    }
}
