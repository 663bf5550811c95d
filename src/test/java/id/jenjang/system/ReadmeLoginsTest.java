package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.JenjangSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every login the README lists opens exactly the webapps the README says, through the webapps' own login
 * (session cookie and CSRF token, as a browser does it). A README that drifts from the demo fails here.
 */
@JenjangSpringTest
class ReadmeLoginsTest {

    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| `([^`]+)` \\| ([^|]+) \\|$");
    private static final List<String> APPS = List.of("tasklist", "cockpit", "admin");

    @Autowired
    TestRestTemplate rest;

    record Login(String role, String user, List<String> opens) {
    }

    @Test
    void everyReadmeLoginOpensExactlyItsWebapps() throws Exception {
        List<Login> logins = readmeLogins();
        assertThat(logins).extracting(l -> l.role().split(" ")[0]).contains("employee", "supervisor", "reviewer",
                "bkpsdm", "tpk", "sekda", "ppk", "process-owner", "admin");
        for (Login login : logins) {
            for (String app : APPS) {
                HttpStatus expected = login.opens().contains(app) ? HttpStatus.OK : HttpStatus.FORBIDDEN;
                assertThat(webappLogin(app, login.user(), "demo")).as(login.role() + " in " + app)
                        .isEqualTo(expected);
            }
        }
        // a failure counts towards that login's throttle (LoginThrottle): use one no other test class logs in as
        String mayor = logins.stream().filter(l -> l.role().startsWith("ppk")).findFirst().orElseThrow().user();
        assertThat(webappLogin("tasklist", mayor, "wrong")).isNotEqualTo(HttpStatus.OK);
    }

    private static List<Login> readmeLogins() throws Exception {
        List<Login> logins = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            inTable = inTable || line.startsWith("## Demo logins");
            Matcher m = ROW.matcher(line.trim());
            if (inTable && m.matches()) {
                logins.add(new Login(m.group(1), m.group(2),
                        List.of(m.group(3).trim().toLowerCase().split(",\\s*"))));
            }
            if (inTable && line.startsWith("## Where")) {
                break;
            }
        }
        return logins;
    }

    private HttpStatus webappLogin(String app, String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        String cookieHeader = String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0]
                .substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader);
        headers.add("X-XSRF-TOKEN", token);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> answer = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, headers),
                String.class);
        return HttpStatus.valueOf(answer.getStatusCode().value());
    }
}
