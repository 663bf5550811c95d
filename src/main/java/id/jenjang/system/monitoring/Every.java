package id.jenjang.system.monitoring;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a task at once and then every interval after the last run ended. A run that
 * throws is logged and the next one still comes (a plain ScheduledExecutorService would stop for good).
 */
final class Every {

    private static final Logger log = LoggerFactory.getLogger(Every.class);

    private final String threadName;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService executor;

    Every(String threadName, Duration interval, Runnable task) {
        this.threadName = threadName;
        this.interval = interval;
        this.task = task;
    }

    synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    synchronized boolean running() {
        return executor != null;
    }

    private void runOnce() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; it runs again in {}", threadName, interval, e);
        }
    }
}
