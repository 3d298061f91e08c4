package dev.tailor.web.server;

import dev.tailor.insights.engagement.IpRanges;
import java.util.List;
import java.util.Objects;

/**
 * The address of the client behind a request. Behind a reverse proxy the connection comes from the
 * proxy, so the client is read from {@code X-Forwarded-For}, but only when the connection comes
 * from a configured trusted proxy: anyone else could write that header to dodge the login limit or
 * pass for a privacy proxy. The header is read from the right (each proxy appends the address it
 * saw) and the first address that is not a trusted proxy is the client.
 */
public final class ClientAddress {
  private static final int MAX_HOPS = 20;
  private final IpRanges trusted;

  private ClientAddress(IpRanges trusted) {
    this.trusted = trusted;
  }

  /** Trusts the given networks (CIDR literals); an empty list trusts no header at all. */
  public static ClientAddress trusting(List<String> trustedProxies) {
    return new ClientAddress(IpRanges.parse(trustedProxies));
  }

  /**
   * The client's address.
   *
   * @param remote the address the connection comes from
   * @param forwardedFor the {@code X-Forwarded-For} header, or null
   */
  public String resolve(String remote, String forwardedFor) {
    Objects.requireNonNull(remote, "remote");
    if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",", -1);
    String client = remote;
    for (int i = hops.length - 1, seen = 0; i >= 0 && seen < MAX_HOPS; i--, seen++) {
      String hop = hops[i].strip();
      if (!IpRanges.isAddress(hop)) {
        // a hop that is not an address: nothing to its left can be trusted either
        return client;
      }
      client = hop;
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return client;
  }
}
