package id.jenjang.system.monitoring;

import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.actuator.JobExecutorHealthIndicator;
import org.camunda.bpm.spring.boot.starter.actuator.ProcessEngineHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's and the outbox's health components (the mail relay's is {@link MailRelayCheck}). Camunda's own
 * actuator configuration is switched off in application.yaml ({@code management.health.camunda.enabled=false})
 * because its job executor indicator answers DOWN, which would fail readiness and turn /actuator/health into a
 * 503 whenever jobs are not being run; these beans keep its names ({@code processEngine}, {@code jobExecutor}).
 * Which component is in which probe: application.yaml, {@code management.endpoint.health.group}.
 */
@Configuration
class HealthConfig {

    /**
     * Liveness and readiness: the engine is built and answers in memory (its name), without a database round
     * trip, so a database outage never makes Kubernetes restart a node that a restart cannot mend.
     */
    @Bean
    HealthIndicator processEngineHealthIndicator(ProcessEngine processEngine) {
        return new ProcessEngineHealthIndicator(processEngine);
    }

    /** Readiness, degrading: without the job executor nothing asynchronous runs, but forms and reads still work. */
    @Bean
    HealthIndicator jobExecutorHealthIndicator(ProcessEngine processEngine) {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return Degraded.whenDown(new JobExecutorHealthIndicator(configuration.getJobExecutor()));
    }

    /**
     * Readiness, degrading: mail waiting longer than {@code jenjang.monitoring.outbox-max-age} (the relay is down,
     * or a batch sits in an incident), or figures that could not be read. Read from {@link OperationsMetrics},
     * never from the database on the probe's thread.
     */
    @Bean
    HealthIndicator outboxHealthIndicator(OperationsMetrics metrics, MonitoringSettings settings, Clock clock) {
        return () -> outboxHealth(metrics, settings.outboxMaxAge(), clock);
    }

    static Health outboxHealth(OperationsMetrics metrics, Duration maxAge, Clock clock) {
        Figures figures = metrics.figures();
        String failure = metrics.failureSinceLastReading();
        if (figures == null) {
            return failure == null ? Health.unknown().withDetail("reason", "not read yet").build()
                    : Health.status(Degraded.STATUS).withDetail("error", failure).build();
        }
        Duration oldest = figures.oldestUnsentAge(clock.instant());
        Health.Builder health = oldest.compareTo(maxAge) > 0 || failure != null ? Health.status(Degraded.STATUS)
                : Health.up();
        health.withDetail("unsent", figures.outbox().unsent())
                .withDetail("oldestUnsentAgeSeconds", oldest.toSeconds())
                .withDetail("maxAge", maxAge.toString())
                .withDetail("readAt", figures.takenAt().toString());
        if (failure != null) {
            health.withDetail("error", "figures could not be read again: " + failure);
        }
        return health.build();
    }
}
