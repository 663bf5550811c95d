package id.jenjang.system.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.JenjangSpringTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** In the demo, Spring Mail's settings point at the embedded server: mail really crosses SMTP. */
@JenjangSpringTest
class DemoMailServerTest {

    @Autowired
    JavaMailSender mailSender;
    @Autowired
    DemoMailServer server;

    @Test
    void mailSentThroughSpringMailArrivesAtTheDemoSmtpServer() throws Exception {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("jenjang@kotacontoh.go.id");
        message.setTo("uji.surel@kotacontoh.go.id");
        message.setSubject("Uji pengiriman");
        message.setText("Surel ini melewati SMTP.");
        mailSender.send(message);

        assertThat(server.greenMail().waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = server.greenMail().getReceivedMessagesForDomain("uji.surel@kotacontoh.go.id");
        assertThat(received).extracting(MimeMessage::getSubject).contains("Uji pengiriman");
    }
}
