package dev.tailor.insights.engagement;

import java.util.Optional;

/** The privacy proxies and scanners a tracking hit is recognised as, as it arrives. */
public enum ProxyKind {
  /** Apple Mail Privacy Protection: images prefetched through Apple's relays on delivery. */
  APPLE_MPP("apple_mpp", MachineSignal.PRIVACY_PROXY),
  /** Gmail's image proxy ({@code GoogleImageProxy}), which fetches and caches remote images. */
  GOOGLE_IMAGE_PROXY("google_image_proxy", MachineSignal.PRIVACY_PROXY),
  /** Yahoo Mail's image proxy ({@code YahooMailProxy}). */
  YAHOO_IMAGE_PROXY("yahoo_image_proxy", MachineSignal.PRIVACY_PROXY),
  /** A link scanner, crawler or HTTP library (security gateways follow every link). */
  SCANNER("scanner", MachineSignal.SCANNER_AGENT);

  private final String wireName;
  private final MachineSignal signal;

  ProxyKind(String wireName, MachineSignal signal) {
    this.wireName = wireName;
    this.signal = signal;
  }

  /** The name stored beside the event, e.g. {@code apple_mpp}. */
  public String wireName() {
    return wireName;
  }

  /** The machine signal a hit of this kind carries. */
  public MachineSignal signal() {
    return signal;
  }

  /** The kind of a stored name; empty for a name this version does not know. */
  public static Optional<ProxyKind> fromWireName(String name) {
    for (ProxyKind k : values()) {
      if (k.wireName.equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
