package id.jenjang.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends the waits of mail batches as soon as the relay is back, instead of at their next attempt (up to
 * {@code max-wait} away). Every {@code resume-check}, on each node: if any mail job waits for a later time (a
 * batch at {@code Timer_MailRetry}, or a failed sending step the engine retries later), ask the relay for a
 * connection; if it answers, make those jobs due now and wake the job executor. Jobs without retries left (incidents) are
 * left to BKPSDM. Pulling a wait forward costs one attempt at most: the retry span is measured in time, so it
 * never brings an incident closer. Two nodes doing it at once change the same due dates: the engine's
 * optimistic locking lets one win and the other's change is dropped.
 */
@Component
class MailResumption implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailResumption.class);
    private static final int MAX_PER_CHECK = 1_000;
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private final ManagementService managementService;
    private final ProcessEngineConfigurationImpl engine;
    private final SmtpRelay relay;
    private final Clock clock;
    private final long periodMillis;
    private ScheduledExecutorService scheduler;

    MailResumption(ManagementService managementService, ProcessEngineConfigurationImpl engine, SmtpRelay relay,
            Clock clock, MailSettings settings) {
        this.managementService = managementService;
        this.engine = engine;
        this.relay = relay;
        this.clock = clock;
        this.periodMillis = settings.resumeCheck().toMillis();
    }

    /** Makes the waiting mail jobs due now if the relay answers; how many. */
    int resumeIfRelayAnswers() {
        Date now = Date.from(clock.instant());
        // only jobs due well after now: one due sooner may be running when its due date is changed, and the
        // change would make that run fail on the engine's optimistic lock (a new job's due date is "now")
        Date later = Date.from(clock.instant().plus(MARGIN));
        List<Job> waiting = new ArrayList<>(managementService.createJobQuery()
                .processDefinitionKey(MailNotificationProcess.KEY).activityId(MailNotificationProcess.Elements
                        .TIMER_MAIL_RETRY).timers().active().duedateHigherThan(later).listPage(0, MAX_PER_CHECK));
        waiting.addAll(managementService.createJobQuery().processDefinitionKey(MailNotificationProcess.KEY)
                .withException().withRetriesLeft().active().duedateHigherThan(later).listPage(0, MAX_PER_CHECK));
        if (waiting.isEmpty() || !relay.answers()) {
            return 0;
        }
        int resumed = 0;
        for (Job job : waiting) {
            try {
                managementService.setJobDuedate(job.getId(), now);
                log.debug("Mail job {} ({}, due {}, {}) made due now", job.getId(), job.getProcessInstanceId(),
                        job.getDuedate(), job.getExceptionMessage());
                resumed++;
            } catch (ProcessEngineException e) {
                // executed, deleted or moved by another node meanwhile: nothing left to pull forward
                log.debug("Mail job {} not pulled forward: {}", job.getId(), e.getMessage());
            }
        }
        JobExecutor jobExecutor = engine.getJobExecutor();
        if (resumed > 0 && jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.jobWasAdded();
        }
        log.info("SMTP relay answers again: {} waiting mail jobs made due now", resumed);
        return resumed;
    }

    private void check() {
        try {
            resumeIfRelayAnswers();
        } catch (RuntimeException e) {
            // the database away too: the next check tries again
            log.warn("Mail resume check failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "jenjang-mail-resume");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
