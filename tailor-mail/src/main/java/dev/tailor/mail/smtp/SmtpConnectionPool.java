package dev.tailor.mail.smtp;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Up to {@code poolSize} open SMTP connections shared by the sending threads. A thread borrows one,
 * sends on it and gives it back; a connection that failed is closed instead and the next borrower
 * opens a fresh one. A connection idle for longer than {@link #CHECK_AFTER_IDLE_NANOS} is checked
 * with {@code NOOP} before it is reused, since servers drop idle clients. Thread-safe.
 */
final class SmtpConnectionPool implements AutoCloseable {
  static final long CHECK_AFTER_IDLE_NANOS = 5_000_000_000L;

  private final Session session;
  private final String protocol;
  private final SmtpSettings settings;
  private final String password;
  private final Ticker ticker;
  private final Semaphore permits;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final AtomicInteger opened = new AtomicInteger();
  private boolean closed;

  /** One open connection and when it was last used. */
  static final class Connection {
    final Transport transport;
    long lastUsed;
    boolean reused;

    Connection(Transport transport, long lastUsed) {
      this.transport = transport;
      this.lastUsed = lastUsed;
    }
  }

  SmtpConnectionPool(Session session, SmtpSettings settings, String password, Ticker ticker) {
    this.session = session;
    this.protocol = settings.security() == SmtpSecurity.SMTPS ? "smtps" : "smtp";
    this.settings = settings;
    this.password = password;
    this.ticker = ticker;
    this.permits = new Semaphore(settings.poolSize(), true);
  }

  /**
   * A connected transport, reused or new; blocks while all are in use.
   *
   * @throws MessagingException when a new connection cannot be opened (the permit is released)
   */
  Connection borrow() throws MessagingException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted while waiting for a connection");
    }
    try {
      Connection c = takeIdle();
      if (c != null
          && ticker.nanoTime() - c.lastUsed > CHECK_AFTER_IDLE_NANOS
          && !c.transport.isConnected()) {
        closeQuietly(c);
        c = null;
      }
      if (c != null) {
        c.reused = true;
        return c;
      }
      return open();
    } catch (MessagingException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Returns a borrowed connection; a broken one is closed, not kept. */
  void giveBack(Connection c, boolean broken) {
    boolean keep;
    synchronized (idle) {
      keep = !broken && !closed;
      if (keep) {
        c.lastUsed = ticker.nanoTime();
        idle.push(c);
      }
    }
    if (!keep) {
      closeQuietly(c);
    }
    permits.release();
  }

  /** How many connections were opened so far (reconnections included). */
  int opened() {
    return opened.get();
  }

  private Connection takeIdle() {
    synchronized (idle) {
      if (closed) {
        throw new TailorException(ErrorCode.RUNTIME, "the SMTP transport is closed");
      }
      return idle.poll();
    }
  }

  private Connection open() throws MessagingException {
    Transport transport = session.getTransport(protocol);
    String user = settings.username().isEmpty() ? null : settings.username();
    transport.connect(settings.host(), settings.port(), user, user == null ? null : password);
    opened.incrementAndGet();
    return new Connection(transport, ticker.nanoTime());
  }

  @Override
  public void close() {
    Deque<Connection> toClose;
    synchronized (idle) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    for (Connection c : toClose) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.transport.close();
    } catch (MessagingException | RuntimeException e) {
      // the connection is being dropped anyway
    }
  }
}
