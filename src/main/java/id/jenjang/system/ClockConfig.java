package id.jenjang.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today" (NIP plausibility, TMT, periods): the agency's time zone, replaceable in tests. */
@Configuration
public class ClockConfig {

    @Bean
    Clock clock(@Value("${jenjang.time-zone:Asia/Jakarta}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
