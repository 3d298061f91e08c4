package dev.tailor.insights.engagement;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network of a client address, all that is kept of it: the /24 of an IPv4 address ({@code
 * 203.0.113.0/24}) and the /48 of an IPv6 one ({@code 2001:db8:1::/48}). Only address literals are
 * parsed, never a host name.
 */
public final class IpPrefix {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpPrefix() {}

  /** The truncated network of {@code address}; empty when it is not an address literal. */
  public static Optional<String> of(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String a = address.strip();
    int zone = a.indexOf('%');
    if (zone >= 0) {
      a = a.substring(0, zone);
    }
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    boolean v4 = IPV4.matcher(a).matches();
    if (!v4 && (a.indexOf(':') < 0 || !IPV6.matcher(a).matches())) {
      return Optional.empty();
    }
    byte[] b;
    try {
      // a literal is parsed, never looked up: the patterns above let no host name through
      InetAddress parsed = InetAddress.getByName(a);
      b = parsed.getAddress();
      if (parsed instanceof Inet4Address) {
        return Optional.of((b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24");
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i += 2) {
      sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
    }
    return Optional.of(sb.append(":/48").toString());
  }

  /** The network address of a prefix made by {@link #of}: {@code 203.0.113.0}. */
  public static String networkAddress(String prefix) {
    int slash = prefix.indexOf('/');
    return slash < 0 ? prefix : prefix.substring(0, slash);
  }
}
