package dev.tailor.insights.engagement;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A set of IPv4 and IPv6 networks in CIDR notation, merged and searched by binary search, so a list
 * of hundreds of thousands of ranges (such as Apple's published egress list) costs a logarithmic
 * lookup. Only address literals are parsed: nothing here ever resolves a host name.
 */
public final class IpRanges {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final int MAX_CIDR_LENGTH = 64;

  private final BigInteger[] starts;
  private final BigInteger[] ends;
  private final List<String> cidrs;

  private IpRanges(List<BigInteger[]> ranges, List<String> cidrs) {
    ranges.sort(Comparator.comparing((BigInteger[] r) -> r[0]));
    List<BigInteger[]> merged = new ArrayList<>();
    for (BigInteger[] r : ranges) {
      BigInteger[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r[0].compareTo(last[1].add(BigInteger.ONE)) <= 0) {
        last[1] = last[1].max(r[1]);
      } else {
        merged.add(new BigInteger[] {r[0], r[1]});
      }
    }
    starts = merged.stream().map(r -> r[0]).toArray(BigInteger[]::new);
    ends = merged.stream().map(r -> r[1]).toArray(BigInteger[]::new);
    this.cidrs = List.copyOf(cidrs);
  }

  /** No network at all. */
  public static IpRanges none() {
    return new IpRanges(new ArrayList<>(), List.of());
  }

  /**
   * Parses networks such as {@code 17.0.0.0/8} or {@code 2a02:26f7::/32}; a bare address is a
   * network of one. Throws naming the first entry that is not a CIDR literal.
   */
  public static IpRanges parse(Collection<String> cidrs) {
    List<BigInteger[]> ranges = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    int index = 0;
    for (String c : cidrs) {
      index++;
      String entry = c == null ? "" : c.strip();
      Optional<BigInteger[]> r = range(entry);
      if (r.isEmpty()) {
        throw new TailorException(
            ErrorCode.CONFIG,
            "entry " + index + " is not a network in CIDR notation: '" + abbreviate(entry) + "'");
      }
      ranges.add(r.get());
      kept.add(entry);
    }
    return new IpRanges(ranges, kept);
  }

  /**
   * Reads a CSV whose first column is a network, such as Apple's iCloud Private Relay egress list
   * ({@code 172.224.224.0/27,GB,GB-EN,London,}); blank lines and lines starting with {@code #} are
   * skipped. Throws naming {@code source} and the line of the first bad network.
   */
  public static IpRanges readCsv(Reader reader, String source) {
    List<BigInteger[]> ranges = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        int comma = s.indexOf(',');
        String cidr = (comma < 0 ? s : s.substring(0, comma)).strip();
        Optional<BigInteger[]> r = range(cidr);
        if (r.isEmpty()) {
          throw new TailorException(
              ErrorCode.BAD_INPUT,
              source
                  + " line "
                  + number
                  + ": not a network in CIDR notation: '"
                  + abbreviate(cidr)
                  + "'");
        }
        ranges.add(r.get());
        kept.add(cidr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IpRanges(ranges, kept);
  }

  /** True when {@code address} is an address literal inside one of the networks. */
  public boolean contains(String address) {
    if (starts.length == 0 || address == null) {
      return false;
    }
    Optional<BigInteger> a = address(address.strip()).map(IpRanges::key);
    if (a.isEmpty()) {
      return false;
    }
    BigInteger v = a.get();
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid].compareTo(v) > 0) {
        hi = mid - 1;
      } else if (ends[mid].compareTo(v) < 0) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} is an IPv4 or IPv6 address literal (never looked up in DNS). */
  public static boolean isAddress(String s) {
    return s != null && address(s.strip()).isPresent();
  }

  /** The networks as given. */
  public List<String> cidrs() {
    return cidrs;
  }

  /** How many disjoint ranges remain after merging. */
  public int rangeCount() {
    return starts.length;
  }

  private static Optional<BigInteger[]> range(String cidr) {
    if (cidr.isEmpty() || cidr.length() > MAX_CIDR_LENGTH) {
      return Optional.empty();
    }
    int slash = cidr.indexOf('/');
    Optional<byte[]> addr = address(slash < 0 ? cidr : cidr.substring(0, slash));
    if (addr.isEmpty()) {
      return Optional.empty();
    }
    int bits = addr.get().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String p = cidr.substring(slash + 1);
      if (!p.matches("\\d{1,3}")) {
        return Optional.empty();
      }
      prefix = Integer.parseInt(p);
      if (prefix > bits) {
        return Optional.empty();
      }
    }
    BigInteger base = key(addr.get());
    BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    BigInteger start = base.andNot(hostMask);
    return Optional.of(new BigInteger[] {start, start.or(hostMask)});
  }

  /** IPv4 addresses keep their value; IPv6 ones get bit 128 set so the two never collide. */
  private static BigInteger key(byte[] address) {
    BigInteger v = new BigInteger(1, address);
    return address.length == 4 ? v : v.setBit(128);
  }

  private static Optional<byte[]> address(String literal) {
    if (IPV4.matcher(literal).matches()) {
      String[] parts = literal.split("\\.");
      byte[] b = new byte[4];
      for (int i = 0; i < 4; i++) {
        b[i] = (byte) Integer.parseInt(parts[i]);
      }
      return Optional.of(b);
    }
    if (literal.indexOf(':') < 0 || !IPV6_CHARS.matcher(literal).matches()) {
      return Optional.empty();
    }
    try {
      // a string with a colon is parsed as an IPv6 literal and never looked up in DNS
      InetAddress a = InetAddress.getByName(literal);
      return Optional.of(a.getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static String abbreviate(String s) {
    return s.length() > MAX_CIDR_LENGTH ? s.substring(0, MAX_CIDR_LENGTH) + "…" : s;
  }
}
