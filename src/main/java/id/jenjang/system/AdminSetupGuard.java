package id.jenjang.system;

import id.jenjang.employee.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-run setup once a direct member of camunda-admin exists. In 7.24.0 the
 * webapp's own check looks only at direct members and can be fooled (CVE-2026-77226); Jenjang always creates
 * the bootstrap admin as a direct member, so in practice this endpoint is always closed.
 */
@Component
public class AdminSetupGuard extends OncePerRequestFilter {

    private final IdentityService identityService;

    public AdminSetupGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Setup is closed: an administrator exists");
            return;
        }
        chain.doFilter(request, response);
    }
}
