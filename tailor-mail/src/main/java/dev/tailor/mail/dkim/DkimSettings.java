package dev.tailor.mail.dkim;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What DKIM signs with: {@code d=} and {@code s=} of the signature, the RSA private key whose
 * public half is published at {@code SELECTOR._domainkey.DOMAIN}, and the header fields the
 * signature covers. Build it with {@link #load}, which reads the key file.
 *
 * @param domain the signing domain ({@code d=}), e.g. {@code example.com}; should be the From
 *     address's domain or a parent of it, or DMARC will not count the signature
 * @param selector the selector ({@code s=}), e.g. {@code tailor2026}
 * @param keyFile the file the key was read from (for messages)
 * @param privateKey the RSA private key, at least 1024 bits
 * @param signedHeaders the header fields to sign when present ({@code h=}); must include {@code
 *     From}
 */
public record DkimSettings(
    String domain,
    String selector,
    Path keyFile,
    RSAPrivateKey privateKey,
    List<String> signedHeaders) {

  /**
   * The headers signed by default: the ones every Tailor email has that a forwarder must not
   * change, and the one-click unsubscribe pair (mailbox providers want those signed), plus {@code
   * Reply-To} when a template sets one.
   */
  public static final List<String> DEFAULT_SIGNED_HEADERS =
      List.of(
          "From",
          "To",
          "Subject",
          "Date",
          "Message-ID",
          "MIME-Version",
          "Content-Type",
          "Content-Transfer-Encoding",
          "Reply-To",
          "List-Unsubscribe",
          "List-Unsubscribe-Post");

  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?");
  private static final Pattern FIELD_NAME = Pattern.compile("[!-9;-~]+");

  public DkimSettings {
    domain = Objects.requireNonNull(domain, "domain").strip().toLowerCase(Locale.ROOT);
    selector = Objects.requireNonNull(selector, "selector").strip();
    Objects.requireNonNull(keyFile, "keyFile");
    Objects.requireNonNull(privateKey, "privateKey");
    if (!isDomainName(domain) || domain.indexOf('.') < 0) {
      throw bad("domain", "must be a domain name such as example.com, not '" + domain + "'");
    }
    if (!isDomainName(selector)) {
      throw bad(
          "selector", "must be one or more DNS labels such as tailor2026, not '" + selector + "'");
    }
    signedHeaders = headers(signedHeaders);
  }

  /**
   * Settings whose key is read from {@code keyFile} (PKCS#8, PEM or DER).
   *
   * @throws TailorException {@code CONFIG} naming the file when it is missing, unreadable or not a
   *     usable RSA private key, or naming the value that is invalid
   */
  public static DkimSettings load(
      String domain, String selector, Path keyFile, List<String> signedHeaders) {
    Objects.requireNonNull(keyFile, "keyFile");
    return new DkimSettings(
        domain, selector, keyFile, DkimPrivateKeys.read(keyFile), signedHeaders);
  }

  private static boolean isDomainName(String s) {
    if (s.isEmpty() || s.length() > 253) {
      return false;
    }
    for (String label : s.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> headers(List<String> names) {
    Objects.requireNonNull(names, "signedHeaders");
    TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<String> out = new ArrayList<>();
    for (String raw : names) {
      String name = raw == null ? "" : raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!FIELD_NAME.matcher(name).matches()) {
        throw bad("signed-headers", "holds '" + name + "', which is not a header field name");
      }
      if (name.equalsIgnoreCase("DKIM-Signature")) {
        throw bad("signed-headers", "must not name DKIM-Signature (it signs itself)");
      }
      if (seen.add(name)) {
        out.add(name);
      }
    }
    if (!seen.contains("From")) {
      throw bad("signed-headers", "must include From (RFC 6376 requires it)");
    }
    return List.copyOf(out);
  }

  private static TailorException bad(String key, String problem) {
    return new TailorException(ErrorCode.CONFIG, "dkim." + key + " " + problem);
  }

  @Override
  public String toString() {
    // never the key itself
    return "DkimSettings[domain="
        + domain
        + ", selector="
        + selector
        + ", keyFile="
        + keyFile
        + ", signedHeaders="
        + signedHeaders
        + "]";
  }
}
