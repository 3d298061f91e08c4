package dev.tailor.insights.engagement;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises, as a hit arrives and while the whole client address is still known, the privacy proxy
 * or scanner that made it: Gmail's and Yahoo's image proxies by their user agents ({@code
 * GoogleImageProxy}, {@code YahooMailProxy}), scanners by {@link
 * MachineTrafficRules#scannerAgentFragments()}, and Apple Mail Privacy Protection by its networks
 * or bare agent ({@link MachineTrafficRules#proxyNetworks()}, {@link
 * MachineTrafficRules#proxyUserAgents()}; a click needs both, since people browsing through iCloud
 * Private Relay click from the same networks).
 */
public final class ProxyDetector {
  private static final String GOOGLE_AGENT = "googleimageproxy";
  private static final String YAHOO_AGENT = "yahoomailproxy";

  private final MachineTrafficRules rules;

  public ProxyDetector(MachineTrafficRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The proxy or scanner behind a hit, if any.
   *
   * @param kind open or click
   * @param userAgent the request's user agent
   * @param address the client address literal (never resolved)
   */
  public Optional<ProxyKind> detect(
      HitKind kind, Optional<String> userAgent, Optional<String> address) {
    String agent = userAgent.map(String::strip).orElse("");
    String lower = agent.toLowerCase(Locale.ROOT);
    if (lower.contains(GOOGLE_AGENT)) {
      return Optional.of(ProxyKind.GOOGLE_IMAGE_PROXY);
    }
    if (lower.contains(YAHOO_AGENT)) {
      return Optional.of(ProxyKind.YAHOO_IMAGE_PROXY);
    }
    for (String f : rules.scannerAgentFragments()) {
      if (lower.contains(f)) {
        return Optional.of(ProxyKind.SCANNER);
      }
    }
    boolean appleNet = address.map(rules.proxyNetworks()::contains).orElse(false);
    boolean appleAgent = rules.proxyUserAgents().contains(agent);
    boolean apple = kind == HitKind.OPEN ? appleNet || appleAgent : appleNet && appleAgent;
    return apple ? Optional.of(ProxyKind.APPLE_MPP) : Optional.empty();
  }
}
