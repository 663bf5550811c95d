package id.jenjang.system.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the demo, so notifications travel over SMTP on a fresh machine with nothing else
 * installed. Every address is accepted; read the mail over IMAP (user = the address, password = the address).
 */
@Component
@ConditionalOnProperty(name = "jenjang.demo.enabled", havingValue = "true")
public class DemoMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    private final DemoProperties properties;
    private GreenMail greenMail;

    public DemoMailServer(DemoProperties properties) {
        this.properties = properties;
    }

    @Override
    public void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(properties.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(properties.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        log.info("Demo SMTP server on 127.0.0.1:{}, IMAP on 127.0.0.1:{}", properties.smtpPort(),
                properties.imapPort());
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public boolean isRunning() {
        return greenMail != null;
    }

    /** Before the engine's job executor, which sends the mail. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    public GreenMail greenMail() {
        return greenMail;
    }
}
