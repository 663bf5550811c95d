package id.jenjang.system.monitoring;

import id.jenjang.appraisal.CycleRepository;
import id.jenjang.notification.MailOutbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The gauges that need the database: jobs due and failed, incidents, open and overdue tasks, the mail outbox,
 * cycle openings. They are read in the background every {@code jenjang.monitoring.figures-interval} (15 s) in
 * five grouped queries, and a scrape only reads the last {@link Figures}: a scrape then costs no query at all,
 * however many labels there are or however often Prometheus (or several of them) scrape, and a slow database
 * cannot make scrapes pile up. The price is figures up to one interval old, which
 * {@code jenjang_monitoring_figures_age_seconds} shows; the outbox age is computed at scrape time from the
 * oldest row's creation, so it grows between readings as it does in reality. Each node reads the same database,
 * so in a cluster take max(), not sum(), of these gauges across instances.
 */
@Component
public class OperationsMetrics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

    private final EngineFigures engine;
    private final MailOutbox outbox;
    private final CycleRepository cycles;
    private final Clock clock;
    private final Every every;
    private final MultiGauge jobsDue;
    private final MultiGauge jobsFailed;
    private final MultiGauge incidents;
    private final MultiGauge tasksOpen;
    private final MultiGauge tasksOverdue;
    private final MultiGauge openingExpected;
    private final MultiGauge openingStarted;
    private final Timer refreshed;
    private final Timer refreshFailed;
    private volatile Figures figures;
    private volatile Instant failedAt;
    private volatile String failure;

    public OperationsMetrics(EngineFigures engine, MailOutbox outbox, CycleRepository cycles, MeterRegistry registry,
            MonitoringSettings settings, Clock clock) {
        this.engine = engine;
        this.outbox = outbox;
        this.cycles = cycles;
        this.clock = clock;
        this.every = new Every("jenjang-figures", settings.figuresInterval(), this::refresh);
        jobsDue = multi(registry, "jenjang.jobs.due", "jobs ready to run now (retries left, due, not suspended)");
        jobsFailed = multi(registry, "jenjang.jobs.failed", "jobs without retries left: each is an incident");
        incidents = multi(registry, "jenjang.incidents", "open incidents by process definition key and type");
        tasksOpen = multi(registry, "jenjang.tasks.open", "open user tasks by process and step");
        tasksOverdue = multi(registry, "jenjang.tasks.overdue", "open user tasks whose due date has passed");
        openingExpected = multi(registry, "jenjang.cycle.opening.expected",
                "appraisals a cycle being opened will start (its scope)");
        openingStarted = multi(registry, "jenjang.cycle.opening.started",
                "appraisals a cycle being opened has started so far");
        Gauge.builder("jenjang.mail.outbox.unsent", this, m -> m.figures == null ? Double.NaN
                        : m.figures.outbox().unsent())
                .description("mails asked for and not sent yet (mail_outbox)").register(registry);
        Gauge.builder("jenjang.mail.outbox.oldest.age", this, m -> m.figures == null ? Double.NaN
                        : m.figures.oldestUnsentAge(m.clock.instant()).toMillis() / 1000.0)
                .description("how long the oldest unsent mail has waited; 0 when none waits").baseUnit("seconds")
                .register(registry);
        Gauge.builder("jenjang.monitoring.figures.age", this, m -> m.figures == null ? Double.NaN
                        : Duration.between(m.figures.takenAt(), m.clock.instant()).toMillis() / 1000.0)
                .description("age of the database figures behind the jenjang gauges; grows when reading fails")
                .baseUnit("seconds").register(registry);
        refreshed = Timer.builder("jenjang.monitoring.refresh").tag("outcome", "success")
                .description("time to read the figures from the database").register(registry);
        refreshFailed = Timer.builder("jenjang.monitoring.refresh").tag("outcome", "failure")
                .description("time to read the figures from the database").register(registry);
    }

    private static MultiGauge multi(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    /** The last figures read, or null before the first reading. */
    Figures figures() {
        return figures;
    }

    /** When reading the figures last failed and why, if it failed after the last good reading; else null. */
    String failureSinceLastReading() {
        Figures f = figures;
        Instant at = failedAt;
        return at != null && (f == null || at.isAfter(f.takenAt())) ? failure : null;
    }

    void refresh() {
        long started = System.nanoTime();
        try {
            Instant now = clock.instant();
            Figures read = new Figures(now, engine.jobs(now), engine.incidents(), engine.tasks(now), outbox.backlog(),
                    cycles.openings());
            publish(read);
            boolean recovered = failureSinceLastReading() != null;
            figures = read;
            if (recovered) {
                log.info("Monitoring figures read again");
            }
            refreshed.record(Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            refreshFailed.record(Duration.ofNanos(System.nanoTime() - started));
            if (failureSinceLastReading() == null) {
                log.warn("Cannot read the monitoring figures; the gauges keep their last values: {}", e.toString());
            }
            failure = e.toString();
            failedAt = clock.instant();
        }
    }

    private void publish(Figures f) {
        jobsDue.register(rows(f.jobs(), p -> Tags.of("process", p), EngineFigures.Jobs::due), true);
        jobsFailed.register(rows(f.jobs(), p -> Tags.of("process", p), EngineFigures.Jobs::failed), true);
        incidents.register(rows(f.incidents(), k -> Tags.of("process", k.process(), "type", k.type()), n -> n),
                true);
        Function<EngineFigures.Step, Tags> step = s -> Tags.of("process", s.process(), "task", s.task());
        tasksOpen.register(rows(f.tasks(), step, EngineFigures.Tasks::open), true);
        tasksOverdue.register(rows(f.tasks(), step, EngineFigures.Tasks::overdue), true);
        openingExpected.register(f.openings().stream()
                .map(o -> MultiGauge.Row.of(Tags.of("cycle", o.businessKey()), o.total())).toList(), true);
        openingStarted.register(f.openings().stream()
                .map(o -> MultiGauge.Row.of(Tags.of("cycle", o.businessKey()), o.started())).toList(), true);
    }

    private static <K, V> List<MultiGauge.Row<?>> rows(Map<K, V> values, Function<K, Tags> tags,
            ToLongFunction<V> value) {
        return values.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(tags.apply(e.getKey()),
                        value.applyAsLong(e.getValue())))
                .toList();
    }

    @Override
    public void start() {
        every.start();
    }

    @Override
    public void stop() {
        every.stop();
    }

    @Override
    public boolean isRunning() {
        return every.running();
    }
}
