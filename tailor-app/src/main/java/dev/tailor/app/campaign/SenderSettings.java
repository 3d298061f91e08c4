package dev.tailor.app.campaign;

import dev.tailor.app.config.TailorConfig;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.core.settings.ShopSettings;
import dev.tailor.render.model.RenderConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies the sender settings saved in the dashboard: the sender address, postal address and
 * tracking base URL replace the configuration's wherever it keeps the shipped default (a value set
 * in the configuration file or the environment wins); the From name and Reply-To are added to every
 * email of a campaign.
 */
public final class SenderSettings {
  private SenderSettings() {}

  /** {@code config}'s render settings with the stored ones where the configuration has none. */
  public static RenderConfig render(RenderConfig config, ShopSettings stored) {
    RenderConfig d = TailorConfig.RENDER_DEFAULTS;
    String base = config.baseUrl();
    String sender = config.senderAddress();
    String postal = config.postalAddress();
    if (base.equals(d.baseUrl())) {
      base = stored.trackingBaseUrl().orElse(base);
    }
    if (sender.equals(d.senderAddress())) {
      sender = stored.senderAddress().orElse(sender);
    }
    if (postal.equals(d.postalAddress())) {
      postal = stored.postalAddress().orElse(postal);
    }
    return new RenderConfig(
        base, config.signingKey(), sender, postal, config.maxRenderTime(), config.maxOutputBytes());
  }

  /** {@code setup} whose emails carry the stored From name and Reply-To, when set. */
  public static CampaignSetup setup(CampaignSetup setup, ShopSettings stored) {
    if (stored.senderName().isEmpty() && stored.replyTo().isEmpty()) {
      return setup;
    }
    var composer = setup.composer();
    return setup.withComposer(r -> email(composer.compose(r), stored));
  }

  static OutgoingEmail email(OutgoingEmail e, ShopSettings stored) {
    // quoted, so a comma or a semicolon in the name stays part of it
    String from =
        stored
            .senderName()
            .map(n -> "\"" + n.replace("\\", "\\\\") + "\" <" + e.from() + ">")
            .orElse(e.from());
    Map<String, String> headers = new LinkedHashMap<>(e.headers());
    stored.replyTo().ifPresent(r -> headers.put("Reply-To", r));
    return new OutgoingEmail(
        e.messageId(), from, e.to(), e.subject(), e.html(), e.text(), headers, e.metadata());
  }
}
