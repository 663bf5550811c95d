package id.jenjang.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One throttle in front of the three doors that check a password: HTTP Basic on {@code /api} and
 * {@code /actuator} (Spring Security), HTTP Basic on {@code /engine-rest} (Camunda's filter) and the webapps'
 * login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). It reads the login name the
 * attempt names, answers 429 with Retry-After while the account or the client address has to wait, and counts
 * a 401 from the door as a failed password. The client address is {@code getRemoteAddr()}: the real peer,
 * or the proxy's client when {@code server.forward-headers-strategy} is set, never a header a client writes.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** The webapps' login resource; the path as the container decoded and normalised it. */
    private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?$");
    /** A login form is two short fields; anything bigger is not a login. */
    static final int MAX_LOGIN_FORM_BYTES = 8 * 1024;

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        String account;
        if (isWebappLogin(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_FORM_BYTES + 1);
            if (body.length > MAX_LOGIN_FORM_BYTES) {
                JsonAnswers.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Formulir masuk terlalu besar");
                return;
            }
            account = formField(new String(body, StandardCharsets.ISO_8859_1), "username");
            forward = new ReplayedBody(request, body);
        } else {
            account = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        }
        if (account == null) {
            chain.doFilter(forward, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(account, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            JsonAnswers.write(response, 429, "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, tunggu "
                    + seconds + " detik lalu coba lagi dengan NIP dan kata sandi yang benar.");
            return;
        }
        chain.doFilter(forward, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(account, address);
        }
    }

    static boolean isWebappLogin(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
    }

    /** The user of an HTTP Basic header, or null when there is none (the door then decides, without a count). */
    static String basicUser(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** A field of an application/x-www-form-urlencoded body, or null. */
    static String formField(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException badEscape) {
                // the door reads the same body and answers it; such a field names nobody here
            }
        }
        return null;
    }
}
