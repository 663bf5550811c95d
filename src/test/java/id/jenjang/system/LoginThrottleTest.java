package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final String OWNER = "199001012015031001";
    static final String ATTACKER = "10.0.0.66";
    static final String OFFICE = "10.0.0.7";

    final HandClock clock = new HandClock();
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottleSettings(5, Duration.ofSeconds(30), 20,
            Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofMinutes(1), 1000), clock);

    @Test
    void theFreeAllowanceCostsNothingAndTheNextFailureWaitsTheFirstDelay() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(OWNER, ATTACKER);
            assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
        }
        throttle.failed(OWNER, ATTACKER);
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theWaitDoublesWithEveryFailureAndStopsAtTheAccountCap() {
        assertThat(LoginThrottle.delayAfter(6, 5, Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(8, 5, Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(11, 5, Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delayAfter(1_000_000, 5, Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void afterFiftyFailuresTheOwnerElsewhereWaitsAtMostTheAccountCapWhileTheAttackerWaitsLonger() {
        for (int i = 0; i < 50; i++) {
            throttle.failed(OWNER, ATTACKER);
        }
        // the owner logs in from the office: only the account's wait applies, and it is capped
        assertThat(throttle.waitFor(OWNER, OFFICE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone-else", ATTACKER)).isEqualTo(Duration.ofMinutes(10));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitFor(OWNER, OFFICE)).isZero();
        // the attacker's own address keeps its longer wait, whatever account it names
        assertThat(throttle.waitFor("someone-else", ATTACKER)).isEqualTo(Duration.ofSeconds(570));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsSlowedByTheAddress() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("nip-" + i, ATTACKER);
        }
        assertThat(throttle.waitFor("nip-new", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        // the accounts themselves were each tried once: nobody else is slowed down
        assertThat(throttle.waitFor("nip-3", OFFICE)).isZero();
    }

    @Test
    void failuresFadeOneEveryMinuteSoTyposInABusyOfficeNeverAddUp() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("staff-" + i, OFFICE);
            clock.advance(Duration.ofSeconds(90));
        }
        assertThat(throttle.waitFor("staff-new", OFFICE)).isZero();
    }

    @Test
    void filledTrackingMapStaysBoundedAndStillThrottlesTheAttacker() {
        for (int i = 0; i < 5000; i++) {
            throttle.failed("nobody-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        for (int i = 0; i < 6; i++) {
            throttle.failed(OWNER, ATTACKER);
        }
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isPositive();
    }

    @Test
    void basicHeaderAndLoginFormNameTheAccount() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("12345:rahasia:dengan:titik".getBytes());
        assertThat(LoginThrottleFilter.basicUser(header)).isEqualTo("12345");
        assertThat(LoginThrottleFilter.basicUser("basic !!notbase64")).isNull();
        assertThat(LoginThrottleFilter.basicUser("Bearer abc")).isNull();
        assertThat(LoginThrottleFilter.formField("password=x%26y&username=walikota%20", "username"))
                .isEqualTo("walikota ");
        assertThat(LoginThrottleFilter.formField("password=x", "username")).isNull();
    }
}
