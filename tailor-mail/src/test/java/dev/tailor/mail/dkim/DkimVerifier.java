package dev.tailor.mail.dkim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 6376 verifier written for the tests from the RFC alone (no DKIM library): {@code
 * rsa-sha256} with {@code relaxed/relaxed} canonicalization, against a given public key instead of
 * DNS. It recomputes the body hash and checks the RSA signature over the canonicalized signed
 * headers and the signature header itself with {@code b=} emptied.
 */
public final class DkimVerifier {
  private DkimVerifier() {}

  /** The outcome: whether the signature holds, and why not. */
  public record Result(boolean valid, String problem, Map<String, String> tags) {}

  public static Result verify(byte[] message, PublicKey key) {
    String raw = new String(message, StandardCharsets.ISO_8859_1).replaceAll("\r?\n", "\r\n");
    int split = raw.indexOf("\r\n\r\n");
    String head = split < 0 ? raw : raw.substring(0, split + 2);
    String body = split < 0 ? "" : raw.substring(split + 4);
    List<String[]> fields = fields(head);
    String[] sig = null;
    for (String[] f : fields) {
      if (f[0].equalsIgnoreCase("DKIM-Signature")) {
        sig = f;
        break;
      }
    }
    if (sig == null) {
      return new Result(false, "no DKIM-Signature header", Map.of());
    }
    Map<String, String> tags = tags(sig[1]);
    if (!"rsa-sha256".equals(tags.get("a"))) {
      return new Result(false, "a=" + tags.get("a"), tags);
    }
    if (!"relaxed/relaxed".equals(tags.get("c"))) {
      return new Result(false, "c=" + tags.get("c"), tags);
    }
    try {
      byte[] bodyHash =
          MessageDigest.getInstance("SHA-256")
              .digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1));
      if (!MessageDigest.isEqual(bodyHash, Base64.getDecoder().decode(tags.get("bh")))) {
        return new Result(false, "body hash mismatch", tags);
      }
      StringBuilder signed = new StringBuilder();
      List<String[]> unused = new ArrayList<>(fields);
      for (String name : tags.get("h").split(":")) {
        String[] f = lastNamed(unused, name.strip());
        if (f != null) {
          unused.remove(f);
          signed.append(relaxedHeader(f[0], f[1])).append("\r\n");
        }
      }
      String emptied = sig[1].replaceAll("(^|;)(\\s*b\\s*=)[^;]*", "$1$2");
      signed.append(relaxedHeader(sig[0], emptied));
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
      boolean ok = rsa.verify(Base64.getDecoder().decode(tags.get("b")));
      return new Result(ok, ok ? "" : "signature mismatch", tags);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return new Result(false, e.toString(), tags);
    }
  }

  /** Header fields as {name, value as written (folds kept)}, in order. */
  private static List<String[]> fields(String head) {
    List<String[]> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : head.split("\r\n")) {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
        if (current != null) {
          current.append("\r\n").append(line);
        }
        continue;
      }
      if (current != null) {
        out.add(split(current.toString()));
      }
      current = line.isEmpty() ? null : new StringBuilder(line);
    }
    if (current != null) {
      out.add(split(current.toString()));
    }
    return out;
  }

  private static String[] split(String field) {
    int colon = field.indexOf(':');
    return new String[] {field.substring(0, colon), field.substring(colon + 1)};
  }

  /** The bottom-most field of that name not used yet (RFC 6376 5.4.2). */
  private static String[] lastNamed(List<String[]> fields, String name) {
    for (int i = fields.size() - 1; i >= 0; i--) {
      if (fields.get(i)[0].strip().equalsIgnoreCase(name)) {
        return fields.get(i);
      }
    }
    return null;
  }

  private static Map<String, String> tags(String value) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : value.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        tags.put(part.substring(0, eq).strip(), part.substring(eq + 1).replaceAll("[ \t\r\n]", ""));
      }
    }
    return tags;
  }

  /** RFC 6376 3.4.2: lowercase name, unfolded value, whitespace runs as one space, trimmed. */
  static String relaxedHeader(String name, String value) {
    String v = value.replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
    return name.strip().toLowerCase(Locale.ROOT) + ":" + v;
  }

  /**
   * RFC 6376 3.4.4: whitespace at line ends removed, runs inside lines as one space, empty lines at
   * the end removed, CRLF at the end of a non-empty body.
   */
  static String relaxedBody(String body) {
    List<String> lines = new ArrayList<>(List.of(body.split("\r\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // the split after the last CRLF
    }
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line.replaceAll("[ \t]+", " ").replaceAll(" $", "")).append("\r\n");
    }
    String s = sb.toString();
    while (s.endsWith("\r\n\r\n")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("\r\n") ? "" : s;
  }
}
