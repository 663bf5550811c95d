package id.jenjang.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decision versions a test deploys as a process owner would (the DMN and, when dated, its {@code rule_validity}
 * row), and takes away again: the application context is shared, so a later version left behind would become
 * every other test's "latest". Test tags start with {@code UJI-}.
 */
@Component
public class TestRuleVersions {

    public static final String TAG_PREFIX = "UJI-";

    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final List<String> deployments = new ArrayList<>();

    public TestRuleVersions(RepositoryService repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Deploys {@code xml} as {@code resource}; with a {@code validFrom}, in force from that day. */
    public synchronized void deploy(String resource, String xml, String key, String tag, LocalDate validFrom) {
        if (!tag.startsWith(TAG_PREFIX)) {
            throw new IllegalArgumentException("test versionTags start with " + TAG_PREFIX + ": " + tag);
        }
        deployments.add(repository.createDeployment().name("uji-" + tag).addString(resource, xml.strip()).deploy()
                .getId());
        if (validFrom != null) {
            jdbc.sql("INSERT INTO rule_validity (decision_key, version_tag, valid_from, source) VALUES (?, ?, ?, ?)")
                    .params(key, tag, java.sql.Date.valueOf(validFrom), "uji otomatis").update();
        }
    }

    /** Every version deployed here, and every test validity row, gone. */
    public synchronized void removeAll() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
        jdbc.sql("DELETE FROM rule_validity WHERE version_tag LIKE '" + TAG_PREFIX + "%'").update();
    }
}
