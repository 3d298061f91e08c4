package dev.tailor.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopSettingsTest {
  private static ShopSettings of(
      String name, String from, String replyTo, String postal, String url) {
    return new ShopSettings(
        Optional.ofNullable(name),
        Optional.ofNullable(from),
        Optional.ofNullable(replyTo),
        Optional.ofNullable(postal),
        Optional.ofNullable(url));
  }

  @Test
  void valuesAreStrippedBlanksBecomeEmptyAndTheUrlLosesItsTrailingSlash() {
    ShopSettings s =
        of(" Shop ", " news@shop.example ", "  ", "1 Main St", "https://t.shop.example/");
    assertThat(s.senderName()).contains("Shop");
    assertThat(s.senderAddress()).contains("news@shop.example");
    assertThat(s.replyTo()).isEmpty();
    assertThat(s.trackingBaseUrl()).contains("https://t.shop.example");
    assertThat(s.from()).contains("Shop <news@shop.example>");
  }

  @Test
  void theFromIsTheAddressAloneWithoutAName() {
    assertThat(of(null, "news@shop.example", null, null, null).from())
        .contains("news@shop.example");
    assertThat(of("Shop", null, null, null, null).from()).isEmpty();
  }

  @Test
  void anInvalidSenderAddressIsRefusedNamingTheField() {
    for (String bad :
        new String[] {"news", "news@", "@shop.example", "a b@shop.example", "x@shop"}) {
      assertThatThrownBy(() -> of(null, bad, null, null, null))
          .isInstanceOf(TailorException.class)
          .hasMessageStartingWith("sender_address ");
    }
  }

  @Test
  void anInvalidReplyToIsRefusedNamingTheField() {
    assertThatThrownBy(() -> of(null, null, "help at shop", null, null))
        .hasMessageStartingWith("reply_to ");
  }

  @Test
  void theTrackingDomainMustBeAnHttpsUrl() {
    for (String bad :
        new String[] {
          "http://t.shop.example",
          "t.shop.example",
          "https://",
          "https://t.shop.example/?a=1",
          "javascript:alert(1)",
          "https://u:p@t.shop.example"
        }) {
      assertThatThrownBy(() -> of(null, null, null, null, bad))
          .as(bad)
          .hasMessageStartingWith("tracking_base_url ");
    }
    assertThat(of(null, null, null, null, "https://shop.example/t").trackingBaseUrl())
        .contains("https://shop.example/t");
  }

  @Test
  void aLineBreakOrAnAngleBracketCannotReachAHeader() {
    assertThatThrownBy(() -> of("Shop\r\nBcc: x@y.example", null, null, null, null))
        .hasMessageStartingWith("sender_name ");
    assertThatThrownBy(() -> of("Shop <evil@x.example>", null, null, null, null))
        .hasMessageStartingWith("sender_name ");
    assertThatThrownBy(() -> of(null, null, null, "line\nbreak", null))
        .hasMessageStartingWith("postal_address ");
  }
}
