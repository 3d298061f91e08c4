package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.mail.dkim.DkimSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DKIM signing of the emails sent by SMTP and written to the outbox ({@code tailor.mail.dkim.*}).
 * Off while {@code key-file} is empty; with it set, the key is read and checked when the
 * configuration is loaded, so a missing or unusable key stops the command before anything is
 * planned or sent.
 *
 * @param domain the signing domain ({@code d=})
 * @param selector the selector ({@code s=}); the public key lives at {@code
 *     SELECTOR._domainkey.DOMAIN}
 * @param keyFile the RSA private key, PKCS#8 PEM or DER; empty for no signing
 * @param signedHeaders the header fields signed when present
 * @param signing the loaded settings, present exactly when {@code keyFile} is set
 */
public record DkimConfig(
    String domain,
    String selector,
    String keyFile,
    List<String> signedHeaders,
    Optional<DkimSettings> signing) {
  static final String PREFIX = "tailor.mail.dkim.";

  public static final DkimConfig DEFAULTS =
      new DkimConfig("", "", "", DkimSettings.DEFAULT_SIGNED_HEADERS, Optional.empty());

  public DkimConfig {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(keyFile, "keyFile");
    signedHeaders = List.copyOf(signedHeaders);
    Objects.requireNonNull(signing, "signing");
    if (signing.isPresent() == keyFile.isEmpty()) {
      throw new IllegalArgumentException("signing must be present exactly when keyFile is set");
    }
  }

  /**
   * Reads the key when {@code keyFile} is set.
   *
   * @param signedHeaders the header names, separated by commas
   * @throws TailorException {@code CONFIG} naming the key ({@code tailor.mail.dkim.key-file} and
   *     the file, say) when something is missing or wrong
   */
  static DkimConfig load(String domain, String selector, String keyFile, String signedHeaders) {
    String d = domain == null ? "" : domain.strip();
    String s = selector == null ? "" : selector.strip();
    String k = keyFile == null ? "" : keyFile.strip();
    List<String> headers =
        Arrays.stream((signedHeaders == null ? "" : signedHeaders).split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    if (k.isEmpty()) {
      if (!d.isEmpty() || !s.isEmpty()) {
        throw new TailorException(
            ErrorCode.CONFIG,
            PREFIX
                + "key-file is not set but "
                + PREFIX
                + (d.isEmpty() ? "selector" : "domain")
                + " is: set domain, selector and key-file to sign with DKIM, or none of them");
      }
      return new DkimConfig("", "", "", headers, Optional.empty());
    }
    if (d.isEmpty() || s.isEmpty()) {
      throw new TailorException(
          ErrorCode.CONFIG,
          PREFIX
              + (d.isEmpty() ? "domain" : "selector")
              + " must be set when "
              + PREFIX
              + "key-file is ("
              + k
              + ")");
    }
    DkimSettings settings;
    try {
      settings = DkimSettings.load(d, s, Path.of(k), headers);
    } catch (TailorException e) {
      String m = e.getMessage();
      throw new TailorException(
          ErrorCode.CONFIG,
          m.startsWith("dkim.") ? "tailor.mail." + m : PREFIX + "key-file: " + m,
          e);
    } catch (InvalidPathException e) {
      throw new TailorException(
          ErrorCode.CONFIG, PREFIX + "key-file '" + k + "' is not a valid path", e);
    }
    return new DkimConfig(d, s, k, settings.signedHeaders(), Optional.of(settings));
  }
}
