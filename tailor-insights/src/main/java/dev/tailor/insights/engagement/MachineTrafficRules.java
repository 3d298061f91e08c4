package dev.tailor.insights.engagement;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How opens and clicks are told apart from machines ({@code tailor.engagement.*} in the
 * configuration).
 *
 * <p>The default proxy list is Apple's: Mail Privacy Protection fetches every remote image through
 * the iCloud Private Relay infrastructure as soon as a message reaches the device, from addresses
 * Apple registers itself (the {@code 17.0.0.0/8} block, ARIN handle APPLE-WWNET) and the egress
 * ranges Apple publishes for Private Relay at {@code
 * https://mask-api.icloud.com/egress-ip-ranges.csv} (see Apple's "Prepare your network or web
 * server for iCloud Private Relay"), with a bare {@code Mozilla/5.0} user agent. The egress list is
 * large and changes; load it with {@link IpRanges#readCsv} and pass it as {@code proxyNetworks}.
 *
 * @param proxyNetworks networks of privacy proxies: every open from them is a machine open
 * @param proxyUserAgents user agents privacy proxies send, matched exactly: opens with one of them
 *     are machine opens, and so are clicks that also come from a proxy network
 * @param scannerAgentFragments fragments (case-insensitive) of user agents of link scanners,
 *     crawlers and HTTP libraries: any hit with one is a machine hit
 * @param openGrace opens sooner than this after delivery are machine opens (2 s)
 * @param clickGrace clicks sooner than this after delivery are machine clicks (10 s)
 * @param burstWindow clicks on several links of one message within this window are a burst (1 s)
 * @param burstMinLinks how many distinct links make a burst (3)
 */
public record MachineTrafficRules(
    IpRanges proxyNetworks,
    Set<String> proxyUserAgents,
    List<String> scannerAgentFragments,
    Duration openGrace,
    Duration clickGrace,
    Duration burstWindow,
    int burstMinLinks) {

  /** Apple's own address block, the part of the MPP list that does not change. */
  public static final List<String> APPLE_NETWORKS = List.of("17.0.0.0/8");

  /** The user agent Apple's proxy sends when it prefetches images. */
  public static final Set<String> APPLE_PROXY_AGENTS = Set.of("Mozilla/5.0");

  /** User agent fragments of automated clients that no person's mail program sends. */
  public static final List<String> SCANNER_AGENTS =
      List.of(
          "headlesschrome",
          "python-requests",
          "python-urllib",
          "curl/",
          "wget/",
          "go-http-client",
          "okhttp",
          "java/",
          "bot/",
          "crawler",
          "spider",
          "barracuda",
          "mimecast",
          "proofpoint");

  public static final MachineTrafficRules DEFAULTS =
      new MachineTrafficRules(
          IpRanges.parse(APPLE_NETWORKS),
          APPLE_PROXY_AGENTS,
          SCANNER_AGENTS,
          Duration.ofSeconds(2),
          Duration.ofSeconds(10),
          Duration.ofSeconds(1),
          3);

  public MachineTrafficRules {
    Objects.requireNonNull(proxyNetworks, "proxyNetworks");
    proxyUserAgents = Set.copyOf(proxyUserAgents);
    scannerAgentFragments =
        scannerAgentFragments.stream()
            .map(f -> f.strip().toLowerCase(Locale.ROOT))
            .peek(MachineTrafficRules::requireFragment)
            .toList();
    requireNotNegative("open-grace", openGrace);
    requireNotNegative("click-grace", clickGrace);
    requireNotNegative("burst-window", burstWindow);
    if (burstWindow.isZero()) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.engagement.burst-window must be longer than zero");
    }
    if (burstMinLinks < 2) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "tailor.engagement.burst-min-links must be at least 2, not " + burstMinLinks);
    }
  }

  /** These rules with another list of proxy networks, e.g. Apple's full egress list. */
  public MachineTrafficRules withProxyNetworks(IpRanges networks) {
    return new MachineTrafficRules(
        networks,
        proxyUserAgents,
        scannerAgentFragments,
        openGrace,
        clickGrace,
        burstWindow,
        burstMinLinks);
  }

  private static void requireFragment(String f) {
    if (f.isEmpty()) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.engagement.scanner-agents must not hold an empty fragment");
    }
  }

  private static void requireNotNegative(String key, Duration d) {
    if (d == null || d.isNegative()) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.engagement." + key + " must be zero or more, not " + d);
    }
  }
}
