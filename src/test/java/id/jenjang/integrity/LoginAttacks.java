package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.system.LoginThrottle;
import id.jenjang.system.demo.DemoOrganisation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed logins, as an attacker who knows the staff list (NIPs) would try them, on the three doors. The test
 * contexts shorten the throttle (first wait 1 s, account cap 2 s, address cap 3 s; see JenjangSpringTest), the
 * rule is the same as in production. Accounts are demo employees no other test logs in as.
 */
abstract class LoginAttacks {

    /** Account cap of the test contexts, in seconds. */
    static final int ACCOUNT_CAP_SECONDS = 2;
    static final int FREE_FAILURES = 5;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("releaseEngineLockouts")
    ApplicationRunner releaseEngineLockouts;
    @LocalServerPort
    int port;

    List<String> bystanders;

    @BeforeEach
    void setUp() {
        throttle.forgetAll();
        String[] lines = DemoOrganisation.generate(LocalDate.now(clock)).employeesCsv().split("\n");
        bystanders = List.of(lines[lines.length - 5], lines[lines.length - 6], lines[lines.length - 7],
                lines[lines.length - 8], lines[lines.length - 9]).stream().map(l -> l.substring(0, 18)).toList();
    }

    @AfterEach
    void forgetOurFailures() {
        // the address 127.0.0.1 is every test's: leave no wait behind for the next class
        throttle.forgetAll();
    }

    @Test
    void wrongPasswordsOnApiAreSlowedWith429AndTheRightPasswordWorksAfterTheWait() throws Exception {
        String nip = bystanders.get(0);
        lockoutThenRecovery(password -> rest.exchange("/api/employees/" + nip, HttpMethod.GET,
                new HttpEntity<>(basic(nip, password)), String.class));
    }

    @Test
    void wrongPasswordsOnEngineRestAreSlowedWith429AndTheRightPasswordWorksAfterTheWait() throws Exception {
        String nip = bystanders.get(1);
        lockoutThenRecovery(password -> rest.exchange("/engine-rest/task/count", HttpMethod.GET,
                new HttpEntity<>(basic(nip, password)), String.class));
    }

    @Test
    void wrongPasswordsOnTheWebappLoginAreSlowedWith429AndTheRightPasswordWorksAfterTheWait() throws Exception {
        String nip = bystanders.get(2);
        lockoutThenRecovery(password -> webappLogin(nip, password));
    }

    @Test
    void twelveWrongPasswordsNoLongerLockTheAccountInTheEngine() {
        String nip = bystanders.get(3);
        for (int i = 0; i < 12; i++) {
            assertThat(identityService.checkPassword(nip, "salah-" + i)).isFalse();
        }
        // Camunda's default (10 attempts) refused even the right password from here on, for good
        assertThat(identityService.checkPassword(nip, "demo")).isTrue();
    }

    @Test
    void accountsLockedByTheOldEngineRuleAreReleasedAtStart() throws Exception {
        String nip = bystanders.get(3);
        jdbc.sql("UPDATE ACT_ID_USER SET ATTEMPTS_ = 10 WHERE ID_ = ?").param(nip).update();
        releaseEngineLockouts.run(null);
        assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param(nip).query(Integer.class)
                .single()).isZero();
        assertThat(identityService.checkPassword(nip, "demo")).isTrue();
    }

    @Test
    void anAttackerElsewhereDelaysTheOwnerAtMostTheAccountCap() throws Exception {
        String nip = bystanders.get(4);
        for (int i = 0; i < FREE_FAILURES + 1; i++) {
            assertThat(rawGet("127.0.0.3", "/api/employees/" + nip, nip, "tebakan-" + i)).startsWith("HTTP/1.1 401");
        }
        ResponseEntity<String> owner = rest.exchange("/api/employees/" + nip, HttpMethod.GET,
                new HttpEntity<>(basic(nip, "demo")), String.class);
        assertThat(owner.getStatusCode().value()).isEqualTo(429);
        int retryAfter = Integer.parseInt(owner.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1, ACCOUNT_CAP_SECONDS);
        Thread.sleep(retryAfter * 1000L + 200);
        assertThat(rest.exchange("/api/employees/" + nip, HttpMethod.GET, new HttpEntity<>(basic(nip, "demo")),
                String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void sprayingTheStaffListFromOneAddressSlowsThatAddressOnlyNotTheColleagues() throws Exception {
        String colleague = bystanders.get(0);
        // one guess per NIP, so no account counter moves; the address allows 20 failures, then waits
        for (int i = 0; i < 24; i++) {
            String guessed = "1970010119950110" + (10 + i);
            assertThat(rawGet("127.0.0.2", "/api/employees/" + guessed, guessed, "demo"))
                    .matches(answer -> answer.startsWith("HTTP/1.1 401") || answer.startsWith("HTTP/1.1 429"));
        }
        String fromAttacker = rawGet("127.0.0.2", "/api/employees/" + colleague, colleague, "demo");
        assertThat(fromAttacker).startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After:");
        assertThat(rest.exchange("/api/employees/" + colleague, HttpMethod.GET,
                new HttpEntity<>(basic(colleague, "demo")), String.class).getStatusCode().value()).isEqualTo(200);
    }

    /** Six wrong passwords, then the right one is refused with 429 until the wait is over, then accepted. */
    private void lockoutThenRecovery(Function<String, ResponseEntity<String>> login) throws Exception {
        assertThat(login.apply("demo").getStatusCode().value()).as("the account works").isEqualTo(200);
        for (int i = 0; i < FREE_FAILURES + 1; i++) {
            assertThat(login.apply("tebakan-" + i).getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> refused = login.apply("demo");
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        int retryAfter = Integer.parseInt(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1, ACCOUNT_CAP_SECONDS);
        assertThat(refused.getBody()).contains("Terlalu banyak percobaan masuk").contains(retryAfter + " detik");
        // a guess during the wait is not even checked: the right password gets the same 429
        assertThat(login.apply("tebakan-lagi").getStatusCode().value()).isEqualTo(429);
        Thread.sleep(retryAfter * 1000L + 200);
        assertThat(login.apply("demo").getStatusCode().value()).as("after the wait").isEqualTo(200);
    }

    private ResponseEntity<String> webappLogin(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        String cookieHeader = String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0]
                .substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader);
        headers.add("X-XSRF-TOKEN", token);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
    }

    private static HttpHeaders basic(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }

    /** A GET with Basic credentials sent from another loopback address, as a second client machine would. */
    private String rawGet(String fromAddress, String path, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10000);
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Basic " + auth + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
