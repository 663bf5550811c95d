package id.jenjang.notification;

import id.jenjang.process.Var;
import java.util.Date;

/** Process API of {@code mail-notification}: one instance per batch of mail (see {@link MailRequests}). */
public final class MailNotificationProcess {

    public static final String KEY = "mail-notification";

    public static final class Elements {
        public static final String TASK_SEND_MAIL = "Task_SendMail";
        /** Where a batch waits while the relay is away (or another attempt holds some of its mails). */
        public static final String TIMER_MAIL_RETRY = "Timer_MailRetry";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The batch's id in mail_outbox. */
        public static final Var<String> MAIL_BATCH = Var.string("mailBatch");
        /** Mails of the batch sent (or recorded as undeliverable) so far, read from mail_outbox. */
        public static final Var<Integer> SENT_COUNT = Var.integer("sentCount");
        /** Mails of the batch still to send: the loop back to the sending step runs while it is above zero. */
        public static final Var<Integer> MAIL_PENDING = Var.integer("mailPending");
        /** True when the last run could send nothing and the batch waits at the timer before trying again. */
        public static final Var<Boolean> MAIL_WAITING = Var.bool("mailWaiting");
        /** How long the timer waits (ISO-8601 duration). */
        public static final Var<String> MAIL_RETRY_WAIT = Var.string("mailRetryWait");
        /** Since when the relay keeps failing this batch; cleared as soon as a mail leaves. */
        public static final Var<Date> MAIL_FAILING_SINCE = Var.date("mailFailingSince");
        /** The relay's last answer or the connection's last error, for BKPSDM in Cockpit. */
        public static final Var<String> MAIL_LAST_ERROR = Var.string("mailLastError");

        private Variables() {
        }
    }

    private MailNotificationProcess() {
    }
}
