package dev.tailor.mail.smtp;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.mail.dkim.DkimMessageSigner;
import dev.tailor.mail.internal.IdempotentSends;
import dev.tailor.mail.mime.InvalidAddressException;
import dev.tailor.mail.mime.MimeEmailBuilder;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends through an SMTP server with Angus Mail: a pool of reusable connections shared by the
 * calling threads, a rate limit per second and per rolling hour, and retries with exponential
 * backoff.
 *
 * <ul>
 *   <li>{@code SENT}: the server accepted the message; the transport id is the {@code Message-ID}
 *       (without angle brackets) and the detail the server's reply.
 *   <li>{@code BOUNCED}: a 5xx reply to {@code RCPT} or to the message, or a recipient address that
 *       cannot be parsed. Never thrown.
 *   <li>{@code DEFERRED}: 4xx replies or broken connections on every attempt, or a rate limit that
 *       would make the send wait longer than {@code maxThrottleWait}.
 *   <li>Thrown {@link TailorException}: authentication refused ({@code CONFIG}), the sender refused
 *       with 5xx, or no connection could be opened on any attempt (the server is unreachable).
 * </ul>
 *
 * <p>Idempotent by message id for the life of the transport: a message already accepted is not sent
 * again, and two threads sending the same message at once send it once.
 */
public final class SmtpMailTransport implements MailTransport {
  private static final System.Logger LOG = System.getLogger(SmtpMailTransport.class.getName());

  private final SmtpSettings settings;
  private final Ticker ticker;
  private final MimeEmailBuilder mime;
  private final Optional<DkimMessageSigner> dkim;
  private final Session session;
  private final SmtpConnectionPool pool;
  private final RateLimiter limiter;
  private final IdempotentSends sends = new IdempotentSends();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * A transport for {@code settings}. No connection is opened until the first send.
   *
   * @param password the resolved password (empty when none); see {@code MailTransports}
   * @param clock dates the messages
   * @param ticker paces sends and backoff (use {@link Ticker#SYSTEM})
   */
  public SmtpMailTransport(SmtpSettings settings, String password, Clock clock, Ticker ticker) {
    this(settings, password, clock, ticker, Optional.empty());
  }

  /**
   * A transport that DKIM-signs every message with {@code dkim} when present (once per message,
   * before the first attempt: retries send the same signed bytes).
   */
  public SmtpMailTransport(
      SmtpSettings settings,
      String password,
      Clock clock,
      Ticker ticker,
      Optional<DkimMessageSigner> dkim) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.dkim = Objects.requireNonNull(dkim, "dkim");
    Session session = Session.getInstance(properties(settings));
    this.session = session;
    this.mime = new MimeEmailBuilder(clock, session);
    this.pool = new SmtpConnectionPool(session, settings, password == null ? "" : password, ticker);
    this.limiter = new RateLimiter(settings.maxPerSecond(), settings.maxPerHour(), ticker);
  }

  @Override
  public DeliveryResult send(OutgoingEmail email) {
    Objects.requireNonNull(email, "email");
    requireOpen();
    return sends.send(email.messageId(), () -> deliver(email));
  }

  private DeliveryResult deliver(OutgoingEmail email) {
    MimeMessage message;
    try {
      message =
          dkim.isEmpty()
              ? mime.build(email)
              : dkim.get().signedMessage(mime.toBytes(email), session);
    } catch (InvalidAddressException e) {
      return DeliveryResult.bounced("address: " + e.getMessage());
    }
    String transportId = MimeEmailBuilder.messageIdHeader(email).replaceAll("^<|>$", "");
    String lastProblem = "";
    boolean everConnected = false;
    boolean staleRetried = false;
    boolean backoff = false;
    int attempt = 0;
    while (attempt <= settings.retryAttempts()) {
      if (backoff) {
        sleep(settings.initialBackoff().toNanos() << (attempt - 1));
      }
      backoff = true;
      long wait = limiter.reserve(settings.maxThrottleWait().toNanos());
      if (wait < 0) {
        return DeliveryResult.deferred("rate limit: no slot within " + settings.maxThrottleWait());
      }
      sleep(wait);
      requireOpen();
      SmtpConnectionPool.Connection c;
      try {
        c = pool.borrow();
      } catch (AuthenticationFailedException e) {
        throw new TailorException(
            ErrorCode.CONFIG, settings.describe() + " refused the login: " + e.getMessage(), e);
      } catch (MessagingException e) {
        lastProblem = "connect: " + e.getMessage();
        LOG.log(System.Logger.Level.DEBUG, "attempt {0}: {1}", attempt + 1, lastProblem);
        attempt++;
        continue;
      }
      everConnected = true;
      boolean broken = true;
      try {
        c.transport.sendMessage(message, message.getAllRecipients());
        broken = false;
        return DeliveryResult.sent(transportId, lastReply(c));
      } catch (MessagingException e) {
        SmtpFailure failure = SmtpFailure.of(e);
        if (failure.bounce()) {
          return DeliveryResult.bounced(failure.describe());
        }
        if (!failure.transientFailure()) {
          throw new TailorException(
              ErrorCode.RUNTIME,
              settings.describe()
                  + " refuses the sender "
                  + email.fromAddress()
                  + ": "
                  + failure.describe(),
              e);
        }
        lastProblem = failure.describe();
        if (failure.code() < 0 && c.reused && !staleRetried) {
          // a pooled connection the server had dropped: one immediate try on a fresh one
          staleRetried = true;
          backoff = false;
          continue;
        }
      } catch (IllegalStateException e) {
        lastProblem = "connection: " + e.getMessage();
      } finally {
        pool.giveBack(c, broken);
      }
      attempt++;
    }
    if (!everConnected) {
      throw new TailorException(
          ErrorCode.RUNTIME,
          "cannot reach "
              + settings.describe()
              + " after "
              + (settings.retryAttempts() + 1)
              + " attempts: "
              + lastProblem);
    }
    return DeliveryResult.deferred(lastProblem);
  }

  private static String lastReply(SmtpConnectionPool.Connection c) {
    if (c.transport instanceof SMTPTransport smtp) {
      String reply = smtp.getLastServerResponse();
      return reply == null ? "" : reply.trim();
    }
    return "";
  }

  private void sleep(long nanos) {
    try {
      ticker.sleepNanos(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted while sending", e);
    }
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new TailorException(ErrorCode.RUNTIME, "the SMTP transport is closed");
    }
  }

  /** How many connections were opened so far, reconnections included. */
  public int connectionsOpened() {
    return pool.opened();
  }

  @Override
  public String describe() {
    return settings.describe();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      pool.close();
    }
  }

  static Properties properties(SmtpSettings s) {
    String protocol = s.security() == SmtpSecurity.SMTPS ? "smtps" : "smtp";
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.setProperty(p + "host", s.host());
    props.setProperty(p + "port", Integer.toString(s.port()));
    props.setProperty(p + "connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
    props.setProperty(p + "timeout", Long.toString(s.readTimeout().toMillis()));
    props.setProperty(p + "writetimeout", Long.toString(s.readTimeout().toMillis()));
    props.setProperty(p + "quitwait", "false");
    props.setProperty(p + "auth", Boolean.toString(!s.username().isEmpty()));
    if (s.security() == SmtpSecurity.STARTTLS) {
      props.setProperty(p + "starttls.enable", "true");
      props.setProperty(p + "starttls.required", "true");
    }
    if (s.security() != SmtpSecurity.NONE) {
      props.setProperty(p + "ssl.checkserveridentity", Boolean.toString(!"*".equals(s.sslTrust())));
      if (!s.sslTrust().isEmpty()) {
        props.setProperty(p + "ssl.trust", s.sslTrust());
      }
    }
    return props;
  }
}
