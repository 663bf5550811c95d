package id.jenjang.system;

import id.jenjang.employee.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The caller of an engine REST request as the engine knows them. */
record EngineRestCaller(String userId, List<String> groups) {

    boolean admin() {
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }

    /**
     * The engine's current user (set by the engine REST authentication), else the webapps' session login, which
     * is read here since the webapps' own authentication filter comes later in the chain; null when not logged in.
     */
    static EngineRestCaller of(HttpServletRequest request, String engineName, IdentityService identityService) {
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return new EngineRestCaller(current.getUserId(),
                    current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds()));
        }
        HttpSession session = request.getSession(false);
        if (session == null || !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        if (user instanceof UserAuthentication u && u.getIdentityId() != null) {
            return new EngineRestCaller(u.getIdentityId(),
                    u.getGroupIds() == null ? List.of() : List.copyOf(u.getGroupIds()));
        }
        return null;
    }
}
