package id.jenjang.notification;

import org.springframework.stereotype.Component;

/**
 * What {@code mail-notification} reads from configuration: the engine's retry cycle of the sending step
 * ({@code jenjang.mail.job-retry-cycle}). It covers failures that are not the relay's (the database away, a
 * broken template) and the failure after {@code retry-span}; the relay's outages themselves are waited out at
 * {@code Timer_MailRetry} without failing the step.
 */
@Component
public class MailRouting {

    private final String retryCycle;

    public MailRouting(MailSettings settings) {
        this.retryCycle = settings.jobRetryCycle();
    }

    public String retryCycle() {
        return retryCycle;
    }
}
