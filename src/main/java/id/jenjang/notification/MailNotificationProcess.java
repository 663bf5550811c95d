package id.jenjang.notification;

import id.jenjang.process.Var;

/** Process API of {@code mail-notification}: one instance per mail. */
public final class MailNotificationProcess {

    public static final String KEY = "mail-notification";

    public static final class Elements {
        public static final String TASK_SEND_MAIL = "Task_SendMail";

        private Elements() {
        }
    }

    public static final class Variables {
        /** NIP, or the login of a non-employee (the mayor). */
        public static final Var<String> RECIPIENT = Var.string("recipient");
        public static final Var<String> TEMPLATE = Var.string("template");
        /** Template parameters as JSON text: plain strings only, nothing the engine would serialize. */
        public static final Var<String> PARAMS = Var.string("params");
        public static final Var<String> SENT_TO = Var.string("sentTo");

        private Variables() {
        }
    }

    private MailNotificationProcess() {
    }
}
