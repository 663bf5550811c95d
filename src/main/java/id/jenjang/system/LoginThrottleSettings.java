package id.jenjang.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are slowed down ({@code jenjang.login-throttle.*}, see docs/operations.md). Two counters per
 * attempt: one for the account named, one for the client address. Each failure adds one; one failure is forgiven
 * every {@code forgiveOneEvery}. Above the free allowance every further failure doubles the wait, from
 * {@code firstDelay} up to the key's cap. The account's cap is short on purpose: it is all an attacker elsewhere
 * can impose on the owner; the address cap is long because it only hurts the attacker's own address.
 */
@ConfigurationProperties("jenjang.login-throttle")
public record LoginThrottleSettings(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("PT30S") Duration accountMaxDelay,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("PT10M") Duration addressMaxDelay,
        @DefaultValue("PT1S") Duration firstDelay,
        @DefaultValue("PT1M") Duration forgiveOneEvery,
        @DefaultValue("100000") int maxTrackedKeys) {

    public LoginThrottleSettings {
        if (firstDelay.isNegative() || firstDelay.isZero() || forgiveOneEvery.isNegative()
                || forgiveOneEvery.isZero()) {
            throw new IllegalArgumentException("jenjang.login-throttle: first-delay and forgive-one-every must be"
                    + " positive");
        }
    }
}
