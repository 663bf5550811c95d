package id.jenjang.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application over HTTP as a given login, as a client outside would. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<String> postCsv(String path, String user, String csv) {
        HttpHeaders headers = auth(user);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
    }

    public ResponseEntity<String> postJson(String path, String user, String json) {
        HttpHeaders headers = auth(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    public ResponseEntity<String> get(String path, String user) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(user)), String.class);
    }

    /**
     * A path whose query (or path variables) the caller has percent-encoded itself, sent as is: the String
     * methods treat the path as a URI template and would encode a {@code %} again.
     */
    public ResponseEntity<String> getEncoded(String encodedPath, String user) {
        return rest.exchange(java.net.URI.create(encodedPath), HttpMethod.GET, new HttpEntity<>(auth(user)),
                String.class);
    }

    public ResponseEntity<String> get(String path) {
        return rest.getForEntity(path, String.class);
    }

    private static HttpHeaders auth(String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, DEMO_PASSWORD);
        }
        return headers;
    }
}
