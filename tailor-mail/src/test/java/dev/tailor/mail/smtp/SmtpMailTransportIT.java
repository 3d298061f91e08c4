package dev.tailor.mail.smtp;

import com.icegreen.greenmail.util.GreenMail;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.contract.MailTransportContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The transport contract against GreenMail, a real SMTP server. */
class SmtpMailTransportIT extends MailTransportContract {
  private GreenMail greenMail;

  @Override
  protected MailTransport newTransport() {
    greenMail = GreenMailServers.smtp();
    SmtpSettings settings =
        SmtpSettings.builder("127.0.0.1")
            .port(GreenMailServers.port(greenMail))
            .security(SmtpSecurity.NONE)
            .poolSize(4)
            .build();
    return new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), Ticker.SYSTEM);
  }

  @Override
  protected List<Received> received() {
    return GreenMailServers.received(greenMail);
  }

  @AfterEach
  void stopServer() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
