package id.jenjang.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without ever locking anyone out: failed logins make the next attempt wait, per
 * account and per client address, with a wait that doubles and is capped. Nothing is stored in the database
 * and nothing outlives the cap: once the wait is over, the right password works again.
 *
 * <p>Successful logins reset nothing: some doors answer before checking a password (e.g. {@code
 * /engine-rest/engine}), and a reset would hand the attacker a fresh free allowance. Counters fade instead,
 * one failure every {@link LoginThrottleSettings#forgiveOneEvery()}.
 *
 * <p>State is per node and in memory (bounded by {@code maxTrackedKeys}); with two nodes an attacker gets twice
 * the rate, which the caps still keep far below guessing speed.
 */
public class LoginThrottle {

    private static final class Counter {
        double failures;
        Instant updated;
        Instant blockedUntil;

        Counter(Instant now) {
            updated = now;
            blockedUntil = now;
        }
    }

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this attempt must still wait (zero: go ahead). The longer of the account's and the address's. */
    public Duration waitFor(String account, String address) {
        Instant now = clock.instant();
        Duration byAccount = remaining(account == null ? null : accounts.get(key(account)), now);
        Duration byAddress = remaining(address == null ? null : addresses.get(address), now);
        return byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
    }

    /** Records a refused password for this account from this address. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (account != null) {
            record(accounts, key(account), now, settings.accountFreeFailures(), settings.accountMaxDelay());
        }
        if (address != null) {
            record(addresses, address, now, settings.addressFreeFailures(), settings.addressMaxDelay());
        }
    }

    /** Forgets every counter (tests, or an operator's restart, do the same). */
    public void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    /**
     * The wait after a failure that leaves {@code failures} on the counter (fractional: older ones fade): none
     * within the allowance, then {@code first}, doubling for every further failure, at most {@code cap}.
     */
    static Duration delayAfter(double failures, int free, Duration first, Duration cap) {
        double over = failures - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        // past 2^30 every sane cap is reached anyway
        double factor = Math.pow(2, Math.min(Math.ceil(over) - 1, 30));
        return Duration.ofMillis((long) Math.min(first.toMillis() * factor, cap.toMillis()));
    }

    private void record(Map<String, Counter> counters, String key, Instant now, int free, Duration cap) {
        if (counters.size() >= settings.maxTrackedKeys() && !counters.containsKey(key)) {
            purge(counters, now);
        }
        counters.compute(key, (k, counter) -> {
            Counter c = counter == null ? new Counter(now) : counter;
            synchronized (c) {
                drain(c, now);
                c.failures += 1;
                Instant until = now.plus(delayAfter(c.failures, free, settings.firstDelay(), cap));
                if (until.isAfter(c.blockedUntil)) {
                    c.blockedUntil = until;
                }
            }
            return c;
        });
    }

    private Duration remaining(Counter counter, Instant now) {
        if (counter == null) {
            return Duration.ZERO;
        }
        synchronized (counter) {
            return counter.blockedUntil.isAfter(now) ? Duration.between(now, counter.blockedUntil) : Duration.ZERO;
        }
    }

    private void drain(Counter c, Instant now) {
        long elapsed = Duration.between(c.updated, now).toMillis();
        if (elapsed > 0) {
            c.failures = Math.max(0, c.failures - (double) elapsed / settings.forgiveOneEvery().toMillis());
            c.updated = now;
        }
    }

    /** Drops counters that have faded out; if an attack fills the map with live ones, the oldest go first. */
    private void purge(Map<String, Counter> counters, Instant now) {
        counters.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                drain(e.getValue(), now);
                return e.getValue().failures < 1 && !e.getValue().blockedUntil.isAfter(now);
            }
        });
        if (counters.size() >= settings.maxTrackedKeys()) {
            counters.entrySet().stream().sorted(Map.Entry.comparingByValue(
                            (a, b) -> a.updated.compareTo(b.updated)))
                    .limit(counters.size() / 10 + 1).map(Map.Entry::getKey).toList()
                    .forEach(counters::remove);
        }
    }

    /** User ids are compared as Camunda stores them; an absurdly long name must not cost absurd memory. */
    private static String key(String account) {
        return account.length() > 256 ? account.substring(0, 256) : account;
    }
}
