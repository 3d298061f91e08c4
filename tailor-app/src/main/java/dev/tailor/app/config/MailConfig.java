package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.mail.smtp.SmtpSecurity;
import dev.tailor.mail.smtp.SmtpSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP server campaigns with {@code delivery.channel: smtp} send through ({@code
 * tailor.mail.smtp.*}). Secrets never live in the file: the password is read from the environment
 * variable named by {@code password-env} when the transport is built.
 *
 * @param host the server; empty means not configured
 * @param port the port; 0 means the default of the security (25, 587, 465)
 * @param security {@code none}, {@code starttls} or {@code smtps}
 * @param username the login, empty for none
 * @param passwordEnv the environment variable holding the password, empty for none
 * @param poolSize connections shared by the sending threads (1..64)
 * @param maxPerSecond pacing, 0 for no limit
 * @param maxPerHour pacing, 0 for no limit
 * @param dkim DKIM signing of SMTP messages and outbox files ({@code tailor.mail.dkim.*})
 */
public record MailConfig(
    String host,
    int port,
    String security,
    String username,
    String passwordEnv,
    int poolSize,
    int maxPerSecond,
    int maxPerHour,
    DkimConfig dkim) {
  public static final MailConfig DEFAULTS =
      new MailConfig("", 0, "starttls", "", "", 4, 0, 0, DkimConfig.DEFAULTS);

  public MailConfig {
    Objects.requireNonNull(dkim, "dkim");
    host = host == null ? "" : host.strip();
    username = username == null ? "" : username.strip();
    passwordEnv = passwordEnv == null ? "" : passwordEnv.strip();
    if (port < 0 || port > 65_535) {
      throw bad("port", "must lie in 0..65535");
    }
    try {
      SmtpSecurity.parse(security);
    } catch (TailorException e) {
      throw bad("security", "must be none, starttls or smtps, not '" + security + "'");
    }
    if (poolSize < 1 || poolSize > 64) {
      throw bad("pool-size", "must lie in 1..64");
    }
    if (maxPerSecond < 0 || maxPerHour < 0) {
      throw bad("max-per-second and max-per-hour", "must not be negative");
    }
  }

  /** The SMTP settings, or empty when {@code host} is not set. */
  public Optional<SmtpSettings> smtp() {
    if (host.isEmpty()) {
      return Optional.empty();
    }
    SmtpSettings.Builder b =
        SmtpSettings.builder(host)
            .security(SmtpSecurity.parse(security))
            .poolSize(poolSize)
            .maxPerSecond(maxPerSecond)
            .maxPerHour(maxPerHour);
    if (port > 0) {
      b.port(port);
    }
    if (!username.isEmpty()) {
      b.loginFromEnv(username, passwordEnv);
    }
    return Optional.of(b.build());
  }

  private static TailorException bad(String key, String problem) {
    return new TailorException(ErrorCode.CONFIG, "tailor.mail.smtp." + key + " " + problem);
  }
}
