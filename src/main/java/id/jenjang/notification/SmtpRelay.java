package id.jenjang.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP relay of {@code spring.mail.*}, one message at a time: {@link Connection#send} returns only after the
 * relay answered 250 to that message, which is the moment its outbox row can be recorded as sent. Spring's
 * {@code JavaMailSender.send(MimeMessage...)} reports all messages of a connection at its end, which is too late.
 */
@Component
class SmtpRelay {

    /** Why a handover failed: the connection (the relay away, or lost mid-way) or the relay refusing one mail. */
    enum Failure { UNREACHABLE, REFUSED }

    private final JavaMailSenderImpl sender;

    SmtpRelay(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    /** Opens one SMTP connection, as JavaMailSenderImpl does (same session, host, port and login). */
    Connection connect() throws MessagingException {
        String protocol = sender.getProtocol() != null ? sender.getProtocol() : "smtp";
        Transport transport = sender.getSession().getTransport(protocol);
        String user = emptyToNull(sender.getUsername());
        String password = user == null ? emptyToNull(sender.getPassword()) : sender.getPassword();
        transport.connect(sender.getHost(), sender.getPort(), user, password);
        return new Connection(transport);
    }

    /** Whether the relay accepts a connection now (the resume check). */
    boolean answers() {
        try {
            sender.testConnection();
            return true;
        } catch (MessagingException e) {
            return false;
        }
    }

    /** A plain-text mail in UTF-8 carrying the given Message-ID, whatever JavaMail would generate. */
    MimeMessage message(String messageId, String from, String to, String subject, String body)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(sender, messageId);
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body);
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** Connection lost or never made (any I/O problem underneath) or a refusal the relay answered. */
    static Failure classify(MessagingException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException) {
                return Failure.UNREACHABLE;
            }
        }
        return Failure.REFUSED;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof MessagingException m ? m.getNextException() : null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** One open SMTP connection. */
    static final class Connection implements AutoCloseable {
        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        /** Returns when the relay answered 250 to this message; throws otherwise. */
        void send(MimeMessage message) throws MessagingException {
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the relay's answer to QUIT changes nothing about what it accepted
            }
        }
    }

    /** JavaMail replaces the Message-ID at every saveChanges(); this one keeps the outbox row's. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(JavaMailSenderImpl sender, String messageId) {
            super(sender.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
