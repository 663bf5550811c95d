package id.jenjang.system.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled seed the demo organisation and start the demo SMTP server
 * @param smtpPort where the embedded SMTP server listens (spring.mail.port points there in the demo)
 * @param imapPort where a mail client can read what was sent
 */
@ConfigurationProperties("jenjang.demo")
public record DemoProperties(boolean enabled, int smtpPort, int imapPort) {
}
