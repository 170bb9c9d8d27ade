package org.caravan.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.caravan.api.config.CaravanProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Bounds plain (non-multipart) request bodies, which the servlet container does not: a declared length above the
 * limit gets a 413 before anything is read, and a chunked body is cut off once it passes the limit. Multipart
 * uploads are bounded by spring.servlet.multipart.* with the same limit.
 */
@Component
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limitBytes;

    RequestSizeLimitFilter(CaravanProperties properties) {
        this.limitBytes = properties.maxUploadSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limitBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"%s","title":"%s","status":413,\
                    "detail":"The request body (%d bytes) is larger than the limit of %d bytes (caravan.max-upload-size).",\
                    "instance":"%s"}""".formatted(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                    request.getContentLengthLong(), limitBytes,
                    request.getRequestURI().replace("\"", "")));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new BoundedRequest(request, limitBytes) : request, response);
    }

    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limitBytes;
        private ServletInputStream bounded;

        BoundedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedInputStream(super.getInputStream(), limitBytes);
            }
            return bounded;
        }
    }

    private static final class BoundedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limitBytes;
        private long read;

        BoundedInputStream(ServletInputStream in, long limitBytes) {
            this.in = in;
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limitBytes) {
                throw new PayloadTooLargeException(limitBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
