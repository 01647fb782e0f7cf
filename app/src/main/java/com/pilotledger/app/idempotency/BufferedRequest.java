package com.pilotledger.app.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request whose body was read in full before the application sees it, so that its fingerprint is known before the
 * command runs; the application then reads the same bytes.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final byte[] body;

    private BufferedRequest(HttpServletRequest request, Map<String, String[]> parameters, byte[] body) {
        super(request);
        this.parameters = parameters;
        this.body = body;
    }

    /** The parameters first: a form body is parsed into them (and then no longer readable as a body). */
    static BufferedRequest of(HttpServletRequest request) throws IOException {
        Map<String, String[]> parameters = Map.copyOf(request.getParameterMap());
        return new BufferedRequest(request, parameters, request.getInputStream().readAllBytes());
    }

    Map<String, String[]> parameters() {
        return parameters;
    }

    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body is already read; no asynchronous reading");
            }

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        Charset charset = getCharacterEncoding() == null
                ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
