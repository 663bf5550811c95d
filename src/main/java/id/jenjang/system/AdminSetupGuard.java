package id.jenjang.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-run setup. In 7.24.0 the webapp opens it whenever camunda-admin has no
 * direct member, without a login (CVE-2026-77226). Jenjang creates its bootstrap admin at every start, so
 * setup is never needed; checking for a member as the webapp does would reopen the hole the moment someone
 * removes the last direct member in Admin. A lost admin is recovered with JENJANG_ADMIN_USER/PASSWORD.
 */
@Component
public class AdminSetupGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Setup is closed: the administrator is configured"
                + " with JENJANG_ADMIN_USER and JENJANG_ADMIN_PASSWORD");
    }
}
