package com.pilotledger.app.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/** The answer to the first request with a key, as a retry gets it again: status, {@code Location}, body. */
record RecordedResponse(int status, String location, String contentType, byte[] body) {

    static RecordedResponse of(ContentCachingResponseWrapper response) {
        return new RecordedResponse(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                response.getContentType(), response.getContentAsByteArray());
    }

    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (location != null) {
            response.setHeader(HttpHeaders.LOCATION, location);
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.getOutputStream().write(body);
    }
}
