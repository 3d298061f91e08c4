package dev.tailor.mail.smtp;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and pace an SMTP server. Validates in its constructor; {@link #builder(String)}
 * starts from the defaults. {@link #toString()} never shows the password.
 *
 * @param host server name (required)
 * @param port 1..65535 (defaults: 25 for none, 587 for starttls, 465 for smtps)
 * @param security none, starttls (required once chosen) or smtps
 * @param username login; empty for a server without authentication
 * @param password the password itself; empty when none or when {@code passwordEnv} names it
 * @param passwordEnv the name of an environment variable holding the password, read when the
 *     transport is built; empty when unused (at most one of password and passwordEnv)
 * @param sslTrust hosts whose certificate is trusted without validation (space-separated, {@code *}
 *     for any: only for a local test relay); empty to validate certificates as the JDK does
 * @param poolSize connections kept open and shared by the sending threads (1..64, default 4)
 * @param maxPerSecond messages per second at most, 0 for no limit (default 0)
 * @param maxPerHour messages per rolling hour at most, 0 for no limit (default 0)
 * @param retryAttempts further attempts after a 4xx reply or a lost connection (0..10, default 3)
 * @param initialBackoff wait before the first retry, doubled for each next one (default 1 s)
 * @param connectTimeout time to open a connection (default 10 s)
 * @param readTimeout time to wait for a reply (default 30 s)
 * @param maxThrottleWait longest a send waits for the rate limit before it reports DEFERRED instead
 *     (default 60 s)
 */
public record SmtpSettings(
    String host,
    int port,
    SmtpSecurity security,
    String username,
    String password,
    String passwordEnv,
    String sslTrust,
    int poolSize,
    int maxPerSecond,
    int maxPerHour,
    int retryAttempts,
    Duration initialBackoff,
    Duration connectTimeout,
    Duration readTimeout,
    Duration maxThrottleWait) {

  public SmtpSettings {
    if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/')) {
      throw config("host", "is required and holds no spaces or slashes: '" + host + "'");
    }
    Objects.requireNonNull(security, "security");
    if (port < 1 || port > 65535) {
      throw config("port", "must be 1..65535, not " + port);
    }
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    passwordEnv = passwordEnv == null ? "" : passwordEnv.trim();
    sslTrust = sslTrust == null ? "" : sslTrust.trim();
    if (!password.isEmpty() && !passwordEnv.isEmpty()) {
      throw config("password", "and password-env are both set: keep one");
    }
    if (username.isEmpty() && (!password.isEmpty() || !passwordEnv.isEmpty())) {
      throw config("username", "is required when a password is set");
    }
    if (!passwordEnv.isEmpty() && !passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw config("password-env", "must be an environment variable name, not '" + passwordEnv);
    }
    if (poolSize < 1 || poolSize > 64) {
      throw config("pool-size", "must be 1..64, not " + poolSize);
    }
    if (maxPerSecond < 0) {
      throw config("max-per-second", "must be 0 (no limit) or more, not " + maxPerSecond);
    }
    if (maxPerHour < 0 || maxPerHour > 10_000_000) {
      throw config("max-per-hour", "must be 0 (no limit) to 10,000,000, not " + maxPerHour);
    }
    if (retryAttempts < 0 || retryAttempts > 10) {
      throw config("retry-attempts", "must be 0..10, not " + retryAttempts);
    }
    requirePositive(initialBackoff, "initial-backoff", true);
    requirePositive(connectTimeout, "connect-timeout", false);
    requirePositive(readTimeout, "read-timeout", false);
    requirePositive(maxThrottleWait, "max-throttle-wait", true);
  }

  /** Settings for {@code host} with every default: starttls on port 587, a pool of 4. */
  public static Builder builder(String host) {
    return new Builder(host);
  }

  /** Where this transport sends, for logs: {@code smtp://host:port (starttls, user u)}. */
  public String describe() {
    String scheme = security == SmtpSecurity.SMTPS ? "smtps" : "smtp";
    String user = username.isEmpty() ? "" : ", user " + username;
    return scheme + "://" + host + ":" + port + " (" + security.key() + user + ")";
  }

  @Override
  public String toString() {
    return "SmtpSettings["
        + describe()
        + ", password "
        + (password.isEmpty() ? "none" : "set")
        + (passwordEnv.isEmpty() ? "" : ", password-env " + passwordEnv)
        + ", pool "
        + poolSize
        + ", "
        + maxPerSecond
        + "/s, "
        + maxPerHour
        + "/h, "
        + retryAttempts
        + " retries from "
        + initialBackoff
        + "]";
  }

  private static void requirePositive(Duration d, String key, boolean zeroAllowed) {
    if (d == null || d.isNegative() || (!zeroAllowed && d.isZero())) {
      throw config(key, "must be a " + (zeroAllowed ? "non-negative" : "positive") + " duration");
    }
  }

  private static TailorException config(String key, String problem) {
    return new TailorException(ErrorCode.CONFIG, "delivery.smtp." + key + " " + problem);
  }

  /** Fills {@link SmtpSettings} from defaults. */
  public static final class Builder {
    private final String host;
    private Integer port;
    private SmtpSecurity security = SmtpSecurity.STARTTLS;
    private String username = "";
    private String password = "";
    private String passwordEnv = "";
    private String sslTrust = "";
    private int poolSize = 4;
    private int maxPerSecond;
    private int maxPerHour;
    private int retryAttempts = 3;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration maxThrottleWait = Duration.ofSeconds(60);

    private Builder(String host) {
      this.host = host;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    public Builder security(SmtpSecurity value) {
      security = value;
      return this;
    }

    /** Login with a password given directly. */
    public Builder login(String user, String secret) {
      username = user;
      password = secret;
      return this;
    }

    /** Login with a password read from the environment variable {@code envName}. */
    public Builder loginFromEnv(String user, String envName) {
      username = user;
      passwordEnv = envName;
      return this;
    }

    public Builder sslTrust(String value) {
      sslTrust = value;
      return this;
    }

    public Builder poolSize(int value) {
      poolSize = value;
      return this;
    }

    public Builder maxPerSecond(int value) {
      maxPerSecond = value;
      return this;
    }

    public Builder maxPerHour(int value) {
      maxPerHour = value;
      return this;
    }

    public Builder retryAttempts(int value) {
      retryAttempts = value;
      return this;
    }

    public Builder initialBackoff(Duration value) {
      initialBackoff = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder maxThrottleWait(Duration value) {
      maxThrottleWait = value;
      return this;
    }

    public SmtpSettings build() {
      int p = port != null ? port : defaultPort(security);
      return new SmtpSettings(
          host,
          p,
          security,
          username,
          password,
          passwordEnv,
          sslTrust,
          poolSize,
          maxPerSecond,
          maxPerHour,
          retryAttempts,
          initialBackoff,
          connectTimeout,
          readTimeout,
          maxThrottleWait);
    }
  }

  /** 25, 587 or 465. */
  public static int defaultPort(SmtpSecurity security) {
    return switch (security == null ? SmtpSecurity.STARTTLS : security) {
      case NONE -> 25;
      case STARTTLS -> 587;
      case SMTPS -> 465;
    };
  }
}
