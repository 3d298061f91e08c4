package dev.tailor.core.mail;

/**
 * Delivers rendered emails: SMTP, an outbox folder of {@code .eml} files, or an export for another
 * sending platform. Implementations are safe to call from several threads, retry transient failures
 * themselves within their configured budget, and never throw for a refused recipient: they report
 * it in the {@link DeliveryResult}. They throw only when the channel itself is broken (bad
 * configuration, unreachable server after the retries, disk full).
 */
public interface MailTransport extends AutoCloseable {
  /** Sends one email and reports what happened to it. */
  DeliveryResult send(OutgoingEmail email);

  /** A short description for logs, e.g. {@code smtp://mail.example:587}, never secrets. */
  String describe();

  /** Flushes anything buffered and releases connections and files. */
  @Override
  void close();
}
