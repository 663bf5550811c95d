package id.jenjang.rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The owner of {@code rule_validity}: from when each versionTag of a decision is law here, and its source. */
@Repository
public class RuleValidityTable {

    /** One validity start as recorded; {@code recordedBy} is a login, or MIGRATION for the code's own rows. */
    public record Row(String decisionKey, String versionTag, LocalDate validFrom, String source, String recordedBy,
            Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    public RuleValidityTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** versionTag -> valid from, for one decision key. */
    public Map<String, LocalDate> validFromByTag(String decisionKey) {
        Map<String, LocalDate> byTag = new HashMap<>();
        jdbc.sql("SELECT version_tag, valid_from FROM rule_validity WHERE decision_key = ?").param(decisionKey)
                .query((rs, n) -> byTag.put(rs.getString("version_tag"), rs.getDate("valid_from").toLocalDate()))
                .list();
        return byTag;
    }

    public List<Row> all() {
        return jdbc.sql("SELECT decision_key, version_tag, valid_from, source, recorded_by, recorded_at"
                + " FROM rule_validity ORDER BY decision_key, valid_from, version_tag")
                .query((rs, n) -> new Row(rs.getString("decision_key"), rs.getString("version_tag"),
                        rs.getDate("valid_from").toLocalDate(), rs.getString("source"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** @return false when the tag of that key already has a validity start (the primary key refuses a second) */
    public boolean insert(String decisionKey, String versionTag, LocalDate validFrom, String source,
            String recordedBy, Instant recordedAt) {
        if (validFromByTag(decisionKey).containsKey(versionTag)) {
            return false;
        }
        jdbc.sql("INSERT INTO rule_validity (decision_key, version_tag, valid_from, source, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(decisionKey, versionTag, java.sql.Date.valueOf(validFrom), source, recordedBy,
                        Timestamp.from(recordedAt))
                .update();
        return true;
    }
}
