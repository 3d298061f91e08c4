package dev.tailor.insights.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpRangesTest {

  @Test
  void matchesIpv4AndIpv6NetworksAtTheirEdges() {
    IpRanges r = IpRanges.parse(List.of("17.0.0.0/8", "2a02:26f7:b3c0:4000::/64", "192.0.2.7"));
    assertThat(r.contains("17.0.0.0")).isTrue();
    assertThat(r.contains("17.255.255.255")).isTrue();
    assertThat(r.contains("16.255.255.255")).isFalse();
    assertThat(r.contains("18.0.0.0")).isFalse();
    assertThat(r.contains("192.0.2.7")).isTrue();
    assertThat(r.contains("192.0.2.8")).isFalse();
    assertThat(r.contains("2a02:26f7:b3c0:4000::1")).isTrue();
    assertThat(r.contains("2a02:26f7:b3c0:4000:ffff:ffff:ffff:ffff")).isTrue();
    assertThat(r.contains("2a02:26f7:b3c0:4001::")).isFalse();
    // an IPv4-mapped IPv6 address is the IPv4 address
    assertThat(r.contains("::ffff:17.1.2.3")).isTrue();
    // an IPv6 address never falls into an IPv4 range with the same low bits
    assertThat(r.contains("::1100:0")).isFalse();
  }

  @Test
  void garbageAndHostNamesNeverMatchAndAreNeverLookedUp() {
    IpRanges r = IpRanges.parse(List.of("0.0.0.0/0"));
    assertThat(r.contains("10.1.2.3")).isTrue();
    assertThat(r.contains("localhost")).isFalse();
    assertThat(r.contains("example.com")).isFalse();
    assertThat(r.contains("17.0.0.256")).isFalse();
    assertThat(r.contains("")).isFalse();
    assertThat(r.contains("1.2.3.4, 5.6.7.8")).isFalse();
    assertThat(IpRanges.none().contains("1.2.3.4")).isFalse();
  }

  @Test
  void overlappingNetworksAreMerged() {
    IpRanges r = IpRanges.parse(List.of("10.0.0.0/16", "10.0.1.0/24", "10.1.0.0/16", "11.0.0.0/8"));
    assertThat(r.rangeCount()).isEqualTo(2);
    assertThat(r.contains("10.1.255.255")).isTrue();
    assertThat(r.contains("10.2.0.0")).isFalse();
  }

  @Test
  void aBadEntryIsRejectedWithItsPosition() {
    assertThatThrownBy(() -> IpRanges.parse(List.of("17.0.0.0/8", "apple.com/8")))
        .isInstanceOf(TailorException.class)
        .hasMessage("entry 2 is not a network in CIDR notation: 'apple.com/8'");
    assertThatThrownBy(() -> IpRanges.parse(List.of("10.0.0.0/33")))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("entry 1");
  }

  @Test
  void readsApplesEgressCsvFormatAndNamesTheLineOfABadRow() {
    String csv =
        "# sample in the format of mask-api.icloud.com/egress-ip-ranges.csv\n"
            + "172.224.224.0/27,GB,GB-EN,London,\n"
            + "\n"
            + "2a02:26f7:b3c0:4000::/64,GB,GB-EN,London,\n";
    IpRanges r = IpRanges.readCsv(new StringReader(csv), "egress.csv");
    assertThat(r.cidrs()).containsExactly("172.224.224.0/27", "2a02:26f7:b3c0:4000::/64");
    assertThat(r.contains("172.224.224.31")).isTrue();
    assertThat(r.contains("172.224.224.32")).isFalse();
    assertThatThrownBy(
            () -> IpRanges.readCsv(new StringReader("1.2.3.0/24,US\nnope,US\n"), "egress.csv"))
        .isInstanceOf(TailorException.class)
        .hasMessage("egress.csv line 2: not a network in CIDR notation: 'nope'");
  }
}
