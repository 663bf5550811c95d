package id.jenjang.support;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Waits for what a background check (mail relay, monitoring figures, every second in the test contexts) will
 * show. Returns the last value read, so the caller asserts on it and a failure says what was seen.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T equalTo(T expected, Supplier<T> actual, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        T seen = actual.get();
        while (!Objects.equals(expected, seen) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return seen;
            }
            seen = actual.get();
        }
        return seen;
    }
}
