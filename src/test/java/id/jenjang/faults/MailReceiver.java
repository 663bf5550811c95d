package id.jenjang.faults;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail relay the nodes send to: a GreenMail SMTP server in the test's JVM that can be stopped and started
 * again on the same port, keeping what it received before each stop.
 */
final class MailReceiver implements AutoCloseable {

    /** A mail as received: its Message-ID header, the recipient, subject and body. */
    record Mail(String messageId, String to, String subject, String body) {

        /** What a resent mail has in common with the first copy whatever Message-ID the sender gave it. */
        String content() {
            return to + "\n" + subject + "\n" + body;
        }
    }

    final int port;
    private final List<Mail> beforeRestarts = new ArrayList<>();
    private GreenMail server;

    MailReceiver(int port) {
        this.port = port;
        start();
    }

    synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /**
     * The relay goes down: connections are refused from now on. What it accepted is read after its sessions are
     * closed (GreenMail drops its store on stop, so the old store is kept): a mail accepted in the last moment
     * is counted, one cut off before its end was never accepted.
     */
    synchronized void stop() {
        if (server != null) {
            Managers store = server.getManagers();
            server.stop();
            server = null;
            beforeRestarts.addAll(read(store.getImapHostManager().getAllMessages().stream()
                    .map(StoredMessage::getMimeMessage).toArray(MimeMessage[]::new)));
        }
    }

    synchronized int count() {
        return beforeRestarts.size() + (server == null ? 0 : server.getReceivedMessages().length);
    }

    synchronized List<Mail> received() {
        List<Mail> all = new ArrayList<>(beforeRestarts);
        if (server != null) {
            all.addAll(read(server.getReceivedMessages()));
        }
        return all;
    }

    @Override
    public void close() {
        stop();
    }

    private static List<Mail> read(MimeMessage[] messages) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                mails.add(new Mail(message.getMessageID(),
                        message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                        GreenMailUtil.getBody(message)));
            } catch (MessagingException e) {
                throw new IllegalStateException("unreadable mail", e);
            }
        }
        return mails;
    }
}
