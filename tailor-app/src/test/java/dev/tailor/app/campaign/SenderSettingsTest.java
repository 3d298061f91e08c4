package dev.tailor.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.app.config.TailorConfig;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.core.settings.ShopSettings;
import dev.tailor.render.model.RenderConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SenderSettingsTest {
  private static final ShopSettings STORED =
      new ShopSettings(
          Optional.of("Shop, Inc. \\ Co"),
          Optional.of("news@shop.example"),
          Optional.of("help@shop.example"),
          Optional.of("1 Main St, Springfield"),
          Optional.of("https://t.shop.example"));

  @Test
  void storedSettingsReplaceTheShippedDefaults() {
    RenderConfig r = SenderSettings.render(TailorConfig.RENDER_DEFAULTS, STORED);
    assertThat(r.baseUrl()).isEqualTo("https://t.shop.example");
    assertThat(r.senderAddress()).isEqualTo("news@shop.example");
    assertThat(r.postalAddress()).isEqualTo("1 Main St, Springfield");
    assertThat(r.signingKey()).isEqualTo(TailorConfig.RENDER_DEFAULTS.signingKey());
  }

  @Test
  void valuesSetInTheConfigurationWin() {
    RenderConfig configured =
        RenderConfig.of(
            "https://links.example.org", "a signing key of length", "hi@example.org", "PO Box 1");
    assertThat(SenderSettings.render(configured, STORED)).isEqualTo(configured);
  }

  @Test
  void nothingStoredChangesNothing() {
    assertThat(SenderSettings.render(TailorConfig.RENDER_DEFAULTS, ShopSettings.NONE))
        .isEqualTo(TailorConfig.RENDER_DEFAULTS);
  }

  @Test
  void anEmailGetsTheQuotedFromNameAndTheReplyTo() {
    OutgoingEmail e =
        new OutgoingEmail(
            "m1",
            "news@shop.example",
            "ann@example.org",
            "Hi",
            "<p>x</p>",
            "x",
            Map.of("List-Unsubscribe", "<https://t.shop.example/u/m1>"),
            Map.of("customer_id", "c1"));
    OutgoingEmail out = SenderSettings.email(e, STORED);
    assertThat(out.from()).isEqualTo("\"Shop, Inc. \\\\ Co\" <news@shop.example>");
    assertThat(out.headers())
        .containsEntry("Reply-To", "help@shop.example")
        .containsEntry("List-Unsubscribe", "<https://t.shop.example/u/m1>");
    assertThat(out.metadata()).isEqualTo(e.metadata());
    assertThat(out.html()).isEqualTo(e.html());
  }
}
