package dev.tailor.mail.dkim;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the RSA private key DKIM signs with: PKCS#8, either PEM ({@code -----BEGIN PRIVATE
 * KEY-----}, what {@code openssl genpkey} writes) or DER. Every other form is refused with what it
 * is and how to convert it.
 */
final class DkimPrivateKeys {
  /** RFC 8301: signers must use RSA keys of at least 1024 bits (2048 recommended). */
  static final int MIN_BITS = 1024;

  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----",
          Pattern.DOTALL);

  private DkimPrivateKeys() {}

  /**
   * The key in {@code file}.
   *
   * @throws TailorException {@code CONFIG}, naming the file and what is wrong with it
   */
  static RSAPrivateKey read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw bad(file, "does not exist");
    } catch (AccessDeniedException e) {
      throw bad(file, "cannot be read (permission denied)");
    } catch (IOException e) {
      throw bad(file, "cannot be read: " + e.getMessage());
    }
    return parse(file, bytes);
  }

  static RSAPrivateKey parse(Path file, byte[] bytes) {
    if (bytes.length == 0) {
      throw bad(file, "is empty");
    }
    byte[] der = bytes;
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (text.contains("-----BEGIN ")) {
      der = pem(file, text);
    }
    RSAPrivateKey key = rsa(file, der);
    int bits = key.getModulus().bitLength();
    if (bits < MIN_BITS) {
      throw bad(
          file,
          "holds a " + bits + "-bit RSA key; DKIM needs at least " + MIN_BITS + " (RFC 8301)");
    }
    return key;
  }

  private static byte[] pem(Path file, String text) {
    Matcher m = PEM.matcher(text);
    if (!m.find()) {
      throw bad(file, "is not a complete PEM block (-----BEGIN ...----- ... -----END ...-----)");
    }
    String label = m.group(1);
    switch (label) {
      case "PRIVATE KEY" -> {
        try {
          return Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
          throw bad(file, "has a PEM block that is not valid base64");
        }
      }
      case "RSA PRIVATE KEY" ->
          throw bad(
              file,
              "holds a PKCS#1 key (BEGIN RSA PRIVATE KEY); convert it to PKCS#8 with"
                  + " 'openssl pkcs8 -topk8 -nocrypt -in OLD -out NEW'");
      case "ENCRYPTED PRIVATE KEY" ->
          throw bad(
              file,
              "holds an encrypted key, which cannot be used without a passphrase; write it"
                  + " unencrypted with 'openssl pkcs8 -nocrypt -in OLD -out NEW' and protect the"
                  + " file by its permissions");
      default -> throw bad(file, "holds a " + label + ", not a private key (BEGIN PRIVATE KEY)");
    }
  }

  private static RSAPrivateKey rsa(Path file, byte[] der) {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    try {
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(spec);
      if (key instanceof RSAPrivateKey rsa) {
        return rsa;
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      // not RSA, or not PKCS#8 at all: say which below
    }
    for (String other : new String[] {"Ed25519", "EC"}) {
      if (parses(other, spec)) {
        throw bad(file, "holds an " + other + " key; only RSA keys are supported");
      }
    }
    throw bad(file, "is not an RSA private key in PKCS#8 form (PEM 'BEGIN PRIVATE KEY' or DER)");
  }

  private static boolean parses(String algorithm, PKCS8EncodedKeySpec spec) {
    try {
      KeyFactory.getInstance(algorithm).generatePrivate(spec);
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static TailorException bad(Path file, String problem) {
    return new TailorException(ErrorCode.CONFIG, "the DKIM private key " + file + " " + problem);
  }
}
