package dev.tailor.mail.smtp;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What an exception from sending on an SMTP connection means: the stage that failed ({@code RCPT},
 * {@code MAIL}, {@code DATA} or the connection itself), the reply code when the server gave one,
 * and the server's words.
 *
 * @param stage {@code rcpt}, {@code mail}, {@code data} or {@code connection}
 * @param code the SMTP reply code, or -1 when the connection failed without a reply
 * @param reply the server's reply or the exception's message
 */
record SmtpFailure(String stage, int code, String reply) {

  /** Reads the chain of {@code e} (its next exceptions) for the most specific failure. */
  static SmtpFailure of(MessagingException e) {
    SMTPAddressFailedException address = null;
    SMTPSenderFailedException sender = null;
    SMTPSendFailedException command = null;
    Exception current = e;
    int guard = 0;
    while (current != null && guard++ < 20) {
      if (current instanceof SMTPAddressFailedException a && address == null) {
        address = a;
      } else if (current instanceof SMTPSenderFailedException s && sender == null) {
        sender = s;
      } else if (current instanceof SMTPSendFailedException c && command == null) {
        command = c;
      }
      current = current instanceof MessagingException m ? m.getNextException() : null;
    }
    if (address != null) {
      return new SmtpFailure("rcpt", address.getReturnCode(), clean(address.getMessage()));
    }
    if (sender != null) {
      return new SmtpFailure("mail", sender.getReturnCode(), clean(sender.getMessage()));
    }
    if (command != null && command.getReturnCode() > 0) {
      String cmd = command.getCommand() == null ? "" : command.getCommand();
      String stage = cmd.startsWith("MAIL") ? "mail" : cmd.startsWith("RCPT") ? "rcpt" : "data";
      return new SmtpFailure(stage, command.getReturnCode(), clean(command.getMessage()));
    }
    return new SmtpFailure("connection", -1, clean(String.valueOf(e.getMessage())));
  }

  /** A 4xx reply or a failure without a reply: worth another try. */
  boolean transientFailure() {
    return code < 500;
  }

  /** A 5xx reply to RCPT or to the message: the recipient or the message is refused for good. */
  boolean bounce() {
    return code >= 500 && !stage.equals("mail");
  }

  /** For logs and the message record: {@code rcpt 550 5.1.1 unknown user}. */
  String describe() {
    return stage + (code > 0 ? " " + code : "") + ": " + reply;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').trim();
  }
}
