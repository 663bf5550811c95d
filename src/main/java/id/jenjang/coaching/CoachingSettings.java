package id.jenjang.coaching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sessionGrace how long the coach has to record a session once it is due
 * @param escalationDelay how long after that a missed session goes to BKPSDM
 */
@ConfigurationProperties("jenjang.coaching")
public record CoachingSettings(@DefaultValue("P7D") String sessionGrace, @DefaultValue("P7D") String escalationDelay) {
}
