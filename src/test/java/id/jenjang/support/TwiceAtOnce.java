package id.jenjang.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same action on two threads released at the same moment, as two nodes would run a job whose lock ran
 * out under the first: each outcome is null for success or what the run threw.
 */
public final class TwiceAtOnce {

    private TwiceAtOnce() {
    }

    public static List<Throwable> run(Runnable action) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Throwable>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        action.run();
                        return null;
                    } catch (RuntimeException | Error e) {
                        return e;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> r : runs) {
                outcomes.add(r.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("the two runs did not finish", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many of the outcomes are successes. */
    public static long succeeded(List<Throwable> outcomes) {
        return outcomes.stream().filter(o -> o == null).count();
    }
}
