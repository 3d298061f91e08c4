package dev.tailor.core.settings;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a marketer sets for every email: the sender, the postal address of the footer and the base
 * URL of tracking links. Each is optional (empty: the configuration's value applies). The
 * constructor strips values, turns blanks into empty and refuses invalid ones with a message that
 * starts with the field's name.
 *
 * @param senderName the From display name, e.g. {@code Example Shop}
 * @param senderAddress the From address
 * @param replyTo where replies go
 * @param postalAddress the sender's postal address, printed in every footer (CAN-SPAM)
 * @param trackingBaseUrl HTTPS base of the tracking endpoints (open pixel, click redirect,
 *     unsubscribe), without a trailing slash
 */
public record ShopSettings(
    Optional<String> senderName,
    Optional<String> senderAddress,
    Optional<String> replyTo,
    Optional<String> postalAddress,
    Optional<String> trackingBaseUrl) {
  /** No setting stored. */
  public static final ShopSettings NONE =
      new ShopSettings(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** A practical email address check: one {@code @}, a dotted domain, no spaces or brackets. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  public ShopSettings {
    senderName = clean("sender_name", senderName, 100);
    senderName.ifPresent(n -> refuse("sender_name", n, "<>\"", "must not contain < > or \""));
    senderAddress =
        clean("sender_address", senderAddress, 254).map(a -> email("sender_address", a));
    replyTo = clean("reply_to", replyTo, 254).map(a -> email("reply_to", a));
    postalAddress = clean("postal_address", postalAddress, 300);
    trackingBaseUrl = clean("tracking_base_url", trackingBaseUrl, 200).map(ShopSettings::https);
  }

  /** {@code Name <address>} when both are set, else the address alone. */
  public Optional<String> from() {
    return senderAddress.map(a -> senderName.map(n -> n + " <" + a + ">").orElse(a));
  }

  private static Optional<String> clean(String field, Optional<String> value, int max) {
    Objects.requireNonNull(value, field);
    Optional<String> v = value.map(String::strip).filter(s -> !s.isEmpty());
    if (v.isPresent()) {
      String s = v.get();
      if (s.length() > max) {
        throw bad(field, "must be at most " + max + " characters");
      }
      if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw bad(field, "must be one line without control characters");
      }
    }
    return v;
  }

  private static void refuse(String field, String value, String chars, String problem) {
    if (value.chars().anyMatch(c -> chars.indexOf(c) >= 0)) {
      throw bad(field, problem);
    }
  }

  private static String email(String field, String value) {
    if (!EMAIL.matcher(value).matches()) {
      throw bad(field, "is not an email address (like news@shop.example): '" + value + "'");
    }
    return value;
  }

  private static String https(String value) {
    String v = value;
    while (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      throw bad("tracking_base_url", "is not a URL: '" + value + "'");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw bad(
          "tracking_base_url",
          "must be an https URL without query or fragment (like https://t.shop.example): '"
              + value
              + "'");
    }
    return v;
  }

  private static TailorException bad(String field, String problem) {
    return new TailorException(ErrorCode.BAD_INPUT, field + " " + problem);
  }
}
