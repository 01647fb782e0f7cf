package com.pilotledger.app.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's own error answer, for what it refuses before the application sees the request: a path with an encoded
 * slash, backslash or NUL, or bytes that are not UTF-8. Under {@code /api} it is a problem body like every other error
 * of the API (Tomcat would answer an HTML page); elsewhere Tomcat's page, without its server details. Tomcat creates
 * the valve itself, so the JSON is written here by hand: five fields, of which only the detail is text.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (!Problems.isApi(uri) || response.getStatus() < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        ProblemDetail problem = Problems.ofStatus(HttpStatusCode.valueOf(response.getStatus()),
                "The request could not be read as sent (its address or parameters are not valid)");
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                        + "\",\"status\":" + problem.getStatus() + ",\"detail\":\"" + problem.getDetail()
                        + "\",\"code\":\"" + problem.getProperties().get("code") + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the client has gone, or the answer was already on its way: nothing more to say
        }
    }
}
