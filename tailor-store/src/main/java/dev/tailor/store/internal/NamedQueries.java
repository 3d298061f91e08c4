package dev.tailor.store.internal;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named queries of one {@code .sql} file on the classpath. A line {@code -- name: find-by-id}
 * starts a query that runs to the next such line. A query named {@code upsert@postgresql} replaces
 * {@code upsert} for that dialect only, so a file holds the portable SQL once and the few
 * dialect-specific variants beside it.
 */
public final class NamedQueries {
  private static final Pattern NAME = Pattern.compile("(?m)^--\\s*name:\\s*(\\S+)\\s*$");

  private final String source;
  private final Map<String, String> queries;

  private NamedQueries(String source, Map<String, String> queries) {
    this.source = source;
    this.queries = queries;
  }

  /** Loads {@code resource}, a path relative to {@code owner}'s package, for {@code dialect}. */
  public static NamedQueries load(Class<?> owner, String resource, Dialect dialect) {
    String text = read(owner, resource);
    Map<String, String> generic = new HashMap<>();
    Map<String, String> specific = new HashMap<>();
    Matcher m = NAME.matcher(text);
    String name = null;
    int start = 0;
    while (true) {
      boolean found = m.find();
      if (name != null) {
        String sql = text.substring(start, found ? m.start() : text.length()).strip();
        int at = name.indexOf('@');
        if (at < 0) {
          generic.put(name, sql);
        } else if (name.substring(at + 1).equals(dialect.id())) {
          specific.put(name.substring(0, at), sql);
        }
      }
      if (!found) {
        break;
      }
      name = m.group(1);
      start = m.end();
    }
    generic.putAll(specific);
    return new NamedQueries(resource, Map.copyOf(generic));
  }

  /** The SQL of the query called {@code name}. */
  public String get(String name) {
    String sql = queries.get(name);
    if (sql == null) {
      throw new TailorException(ErrorCode.RUNTIME, "no query '" + name + "' in " + source);
    }
    return sql;
  }

  private static String read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TailorException(ErrorCode.RUNTIME, "missing SQL resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot read SQL resource " + resource, e);
    }
  }
}
