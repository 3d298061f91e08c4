package dev.tailor.mail.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tailor.mail.MimeReading;
import dev.tailor.testkit.contract.MailTransportContract.Received;
import java.util.Arrays;
import java.util.List;

/** GreenMail on a free port of the loopback interface. */
final class GreenMailServers {
  private GreenMailServers() {}

  static GreenMail smtp() {
    return start(ServerSetupTest.SMTP);
  }

  static GreenMail smtps() {
    return start(ServerSetupTest.SMTPS);
  }

  private static GreenMail start(ServerSetup setup) {
    GreenMail mail = new GreenMail(setup.dynamicPort());
    mail.start();
    return mail;
  }

  static int port(GreenMail mail) {
    return mail.getSmtp() != null ? mail.getSmtp().getPort() : mail.getSmtps().getPort();
  }

  static List<Received> received(GreenMail mail) {
    return Arrays.stream(mail.getReceivedMessages()).map(MimeReading::received).toList();
  }
}
