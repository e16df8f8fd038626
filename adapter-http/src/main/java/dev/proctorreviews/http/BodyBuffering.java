package dev.proctorreviews.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Reads a request's body before the request reaches admission control. A client that sends its body a byte at a
 * time would otherwise hold one of the few admission places for as long as it likes, and 64 of them shut every
 * other client out. Reading is bounded by Jetty's minimum data rate and idle timeout ({@link HttpSettings}); a
 * body that does not arrive in time is marked, and admission answers 408 without taking a place. Up to
 * {@code limit} bytes are kept in memory; the handlers read anything beyond that from the connection as before,
 * and refuse it as too large.
 */
final class BodyBuffering implements Filter {
    /** Set on a request whose body did not arrive in time. */
    static final String STALLED = "proctor.body-stalled";

    private final int limit;

    BodyBuffering(int limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getContentLengthLong() == 0 || "GET".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] buffered;
        InputStream rest = http.getInputStream();
        try {
            buffered = rest.readNBytes(limit);
            if (buffered.length < limit) {
                // The whole body; the connection is not read again (Jetty would measure the handler's time as a
                // slow upload).
                rest = InputStream.nullInputStream();
            }
        } catch (IOException e) {
            request.setAttribute(STALLED, Boolean.TRUE);
            buffered = new byte[0];
            rest = InputStream.nullInputStream();
        }
        chain.doFilter(new Buffered(http, new SequenceInputStream(new ByteArrayInputStream(buffered), rest)), response);
    }

    /** The request with its body served from memory first. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final ServletInputStream body;

        Buffered(HttpServletRequest request, InputStream content) {
            super(request);
            this.body = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return content.read();
                }

                @Override
                public int read(byte[] target, int offset, int length) throws IOException {
                    return content.read(target, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("bodies are read blocking");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }
    }
}
