package dev.tailor.insights.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpPrefixTest {
  @Test
  void anIpv4AddressKeepsOnlyItsSlash24() {
    assertThat(IpPrefix.of("203.0.113.197")).contains("203.0.113.0/24");
    assertThat(IpPrefix.of(" 17.58.101.12 ")).contains("17.58.101.0/24");
  }

  @Test
  void anIpv6AddressKeepsOnlyItsSlash48() {
    assertThat(IpPrefix.of("2001:db8:1:2:3:4:5:6")).contains("2001:db8:1::/48");
    assertThat(IpPrefix.of("[2a02:26f7:b3c0:4000::1]")).contains("2a02:26f7:b3c0::/48");
    assertThat(IpPrefix.of("fe80::1%eth0")).contains("fe80:0:0::/48");
  }

  @Test
  void anIpv4MappedIpv6AddressIsTreatedAsIpv4() {
    assertThat(IpPrefix.of("::ffff:198.51.100.7")).contains("198.51.100.0/24");
  }

  @Test
  void anythingButAnAddressLiteralGivesNothing() {
    assertThat(IpPrefix.of("example.com")).isEmpty();
    assertThat(IpPrefix.of("999.1.1.1")).isEmpty();
    assertThat(IpPrefix.of("")).isEmpty();
    assertThat(IpPrefix.of(null)).isEmpty();
  }

  @Test
  void theNetworkAddressOfAPrefixIsItsFirstAddress() {
    assertThat(IpPrefix.networkAddress("203.0.113.0/24")).isEqualTo("203.0.113.0");
  }
}
