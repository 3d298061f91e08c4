package dev.tailor.app.serve;

import dev.tailor.campaign.pipeline.DecisionJson;
import dev.tailor.campaign.pipeline.Recipient;
import dev.tailor.campaign.pipeline.TemplateComposer;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.store.Store;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.web.track.MessageViewer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "view in browser" page's email: a sent message rendered again, as the campaign run rendered
 * it, from its recorded variant and decision with the campaign's template (the campaign file kept
 * in the store). Product fields come from the catalog as it is now. Each campaign's composer is
 * built on first use and kept five minutes.
 */
final class SentEmailViewer implements MessageViewer {
  private static final long TTL_NANOS = 300_000_000_000L;

  private record Built(TemplateComposer composer, List<Variant> arms, long at) {}

  private final Store store;
  private final RenderConfig render;
  private final Map<String, Built> composers = new ConcurrentHashMap<>();

  SentEmailViewer(Store store, RenderConfig render) {
    this.store = Objects.requireNonNull(store, "store");
    this.render = Objects.requireNonNull(render, "render");
  }

  @Override
  public Optional<String> html(Message m) {
    if (m.state() != MessageState.SENT || m.decision().isEmpty()) {
      return Optional.empty();
    }
    Optional<Customer> customer =
        store.customers().findById(m.customerId()).filter(c -> c.email().isPresent());
    Optional<Built> built = built(m.campaignId());
    if (customer.isEmpty() || built.isEmpty()) {
      return Optional.empty();
    }
    Optional<Variant> arm =
        built.get().arms().stream().filter(v -> v.name().equals(m.variant())).findFirst();
    if (arm.isEmpty()) {
      return Optional.empty();
    }
    Recipient r = Recipient.of(m, customer.get(), arm.get(), DecisionJson.read(m.decision().get()));
    return Optional.of(built.get().composer().compose(r).html());
  }

  private Optional<Built> built(String campaignId) {
    long now = System.nanoTime();
    Built b = composers.get(campaignId);
    if (b != null && now - b.at() < TTL_NANOS) {
      return Optional.of(b);
    }
    Optional<Campaign> c = store.campaigns().findById(campaignId);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Path dir = Path.of(c.get().source()).toAbsolutePath().getParent();
    CampaignSpec spec =
        CampaignParser.parse(c.get().spec(), c.get().source(), dir == null ? Path.of(".") : dir);
    CampaignFiles files = CampaignFiles.load(spec);
    Map<String, Product> catalog = new HashMap<>();
    store.products().forEach(p -> catalog.put(p.id(), p));
    Built fresh =
        new Built(
            new TemplateComposer(
                new EmailRenderer(render), files.templates(), files.arms(), catalog),
            files.arms(),
            now);
    composers.put(campaignId, fresh);
    return Optional.of(fresh);
  }
}
