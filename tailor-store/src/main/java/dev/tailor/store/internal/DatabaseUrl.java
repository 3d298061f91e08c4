package dev.tailor.store.internal;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A store URL taken apart: its dialect, a description safe for logs, the SQLite file it names, and
 * the secrets it contains so that error messages can hide them.
 *
 * @param jdbcUrl the URL as given, secrets included: never print it
 * @param dialect the database it names
 * @param description {@code sqlite:<path>} or {@code postgresql://host:port/db}, without secrets
 * @param sqliteFile the database file, for SQLite URLs
 * @param secrets values to hide in messages (passwords)
 */
public record DatabaseUrl(
    String jdbcUrl,
    Dialect dialect,
    String description,
    Optional<Path> sqliteFile,
    List<String> secrets) {

  private static final String SQLITE = "jdbc:sqlite:";
  private static final String POSTGRESQL = "jdbc:postgresql:";

  public DatabaseUrl {
    secrets = List.copyOf(secrets);
  }

  /**
   * Parses {@code url}. Anything but {@code jdbc:sqlite:<file>} and {@code jdbc:postgresql://...}
   * is a CONFIG error that names the scheme and nothing more.
   */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new TailorException(ErrorCode.CONFIG, "the store URL is empty");
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith(SQLITE)) {
      return sqlite(u);
    }
    if (lower.startsWith(POSTGRESQL)) {
      return postgresql(u);
    }
    throw new TailorException(
        ErrorCode.CONFIG,
        "unsupported store URL scheme '"
            + scheme(u)
            + "': use jdbc:sqlite:<file> or jdbc:postgresql://<host>[:<port>]/<database>");
  }

  /** {@code text} with every secret of this URL replaced by {@code ***}. */
  public String redact(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "***");
    }
    return out;
  }

  /** True if {@code text} contains a secret of this URL. */
  public boolean reveals(String text) {
    return text != null && secrets.stream().anyMatch(text::contains);
  }

  private static String scheme(String url) {
    int first = url.indexOf(':');
    if (first < 0) {
      return url.length() > 20 ? url.substring(0, 20) + "..." : url;
    }
    if (url.substring(0, first).equalsIgnoreCase("jdbc")) {
      int second = url.indexOf(':', first + 1);
      return second < 0 ? url : url.substring(0, second);
    }
    return url.substring(0, first);
  }

  private static DatabaseUrl sqlite(String url) {
    String rest = url.substring(SQLITE.length());
    int query = rest.indexOf('?');
    String location = query < 0 ? rest : rest.substring(0, query);
    String params = query < 0 ? "" : rest.substring(query + 1);
    String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
    if (path.startsWith("//")) {
      path = path.substring(2);
    }
    if (path.isBlank()
        || path.contains(":memory:")
        || params.toLowerCase(Locale.ROOT).contains("mode=memory")) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "an in-memory SQLite store is not supported: give a file, e.g."
              + " jdbc:sqlite:./tailor-data/tailor.db");
    }
    return new DatabaseUrl(
        url, Dialect.SQLITE, "sqlite:" + path, Optional.of(Path.of(path)), List.of());
  }

  private static DatabaseUrl postgresql(String url) {
    String rest = url.substring(POSTGRESQL.length());
    int query = rest.indexOf('?');
    String location = query < 0 ? rest : rest.substring(0, query);
    List<String> secrets = new ArrayList<>();
    int at = location.indexOf('@');
    if (location.startsWith("//") && at > 0) {
      String userInfo = location.substring(2, at);
      int colon = userInfo.indexOf(':');
      if (colon >= 0 && colon + 1 < userInfo.length()) {
        secrets.add(userInfo.substring(colon + 1));
      }
      location = "//" + location.substring(at + 1);
    }
    String schema = null;
    if (query >= 0) {
      for (String param : rest.substring(query + 1).split("&")) {
        int eq = param.indexOf('=');
        String key = eq < 0 ? param : param.substring(0, eq);
        String value = eq < 0 ? "" : param.substring(eq + 1);
        if (key.equalsIgnoreCase("password") && !value.isEmpty()) {
          secrets.add(value);
          secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } else if (key.equals("currentSchema")) {
          schema = value;
        }
      }
    }
    String description =
        "postgresql:" + location + (schema == null ? "" : "?currentSchema=" + schema);
    return new DatabaseUrl(url, Dialect.POSTGRESQL, description, Optional.empty(), secrets);
  }
}
