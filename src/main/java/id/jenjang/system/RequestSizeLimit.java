package id.jenjang.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A size limit on what /api reads: uploads ({@code POST /api/.../import}) and every other body (JSON). A body
 * that announces a larger Content-Length gets 413 before a byte is read; a chunked one is cut off when it
 * passes the limit ({@link TooLarge}, answered 413 by {@link ApiErrorHandler}). Tomcat's own limits cover
 * only form posts, so without this a single request could fill the heap.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    /** Thrown by the body's stream when it passes the limit; Spring wraps it, the error handler finds it. */
    public static final class TooLarge extends IOException {
        private final String message;

        TooLarge(String message) {
            super(message);
            this.message = message;
        }

        /** The Indonesian answer. */
        public String answer() {
            return message;
        }
    }

    private final DataSize maxUpload;
    private final DataSize maxJson;

    public RequestSizeLimit(DataSize maxUpload, DataSize maxJson) {
        this.maxUpload = maxUpload;
        this.maxJson = maxJson;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean upload = path.matches("/api/.*/import/?");
        long limit = (upload ? maxUpload : maxJson).toBytes();
        String message = "Isi permintaan terlalu besar: paling banyak " + readable(limit)
                + (upload ? " untuk satu berkas impor; bagi berkas menjadi beberapa bagian" : "");
        if (request.getContentLengthLong() > limit) {
            JsonAnswers.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
            return;
        }
        chain.doFilter(new Limited(request, limit, message), response);
    }

    static String readable(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " byte";
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private final String message;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit, String message) {
            super(request);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > limit) {
                            throw new TooLarge(message);
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
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
