package id.jenjang.notification;

import id.jenjang.process.Var;

/** Process API of {@code mail-notification}: one instance per batch of mail (see {@link MailRequests}). */
public final class MailNotificationProcess {

    public static final String KEY = "mail-notification";

    public static final class Elements {
        public static final String TASK_SEND_MAIL = "Task_SendMail";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The batch's id in mail_outbox. */
        public static final Var<String> MAIL_BATCH = Var.string("mailBatch");
        /** Mails of the batch sent so far. */
        public static final Var<Integer> SENT_COUNT = Var.integer("sentCount");
        /** Mails of the batch still to send: the loop back to the sending step runs while it is above zero. */
        public static final Var<Integer> MAIL_PENDING = Var.integer("mailPending");

        private Variables() {
        }
    }

    private MailNotificationProcess() {
    }
}
