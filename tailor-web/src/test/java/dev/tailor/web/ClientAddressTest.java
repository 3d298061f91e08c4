package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.web.server.ClientAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private final ClientAddress behindProxies =
      ClientAddress.trusting(List.of("10.0.0.0/8", "2001:db8::/32"));

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    ClientAddress none = ClientAddress.trusting(List.of());
    assertThat(none.resolve("10.1.2.3", "203.0.113.9")).isEqualTo("10.1.2.3");
  }

  @Test
  void aConnectionFromAnUntrustedAddressCannotNameAnotherClient() {
    assertThat(behindProxies.resolve("198.51.100.7", "17.1.2.3")).isEqualTo("198.51.100.7");
  }

  @Test
  void theClientIsTheRightmostAddressNoTrustedProxyAdded() {
    assertThat(behindProxies.resolve("10.0.0.2", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(behindProxies.resolve("10.0.0.2", "17.1.2.3, 203.0.113.9, 10.0.0.5"))
        .isEqualTo("203.0.113.9");
    assertThat(behindProxies.resolve("2001:db8::1", "2001:db8::7, 2a02:26f7::9"))
        .isEqualTo("2a02:26f7::9");
  }

  @Test
  void aChainOfTrustedProxiesOnlyGivesItsLeftmostAddress() {
    assertThat(behindProxies.resolve("10.0.0.2", "10.9.9.9, 10.0.0.5")).isEqualTo("10.9.9.9");
  }

  @Test
  void aHopThatIsNotAnAddressStopsTheWalkAtTheLastTrustedOne() {
    assertThat(behindProxies.resolve("10.0.0.2", "203.0.113.9, unknown")).isEqualTo("10.0.0.2");
    assertThat(behindProxies.resolve("10.0.0.2", "example.com")).isEqualTo("10.0.0.2");
    assertThat(behindProxies.resolve("10.0.0.2", "  ")).isEqualTo("10.0.0.2");
  }

  @Test
  void aTrustedProxyThatIsNotANetworkIsRefusedNamingTheEntry() {
    assertThatThrownBy(() -> WebSettings.defaults().withTrustedProxies(List.of("10.0.0.0/8", "lb")))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("trusted proxies")
        .hasMessageContaining("entry 2")
        .hasMessageContaining("'lb'");
  }
}
