package dev.tailor.campaign.pipeline;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.decision.DecisionAdapter;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.template.TemplateSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders each recipient with their variant's template (its subject lines replaced by the variant's
 * when it has some) and the render model of their decision. Thread-safe.
 */
public final class TemplateComposer implements Composer {
  private final EmailRenderer renderer;
  private final Map<String, TemplateSource> templates = new HashMap<>();
  private final Map<String, Product> catalog;
  private final String from;

  /**
   * @param renderer the renderer (its config gives the sender address)
   * @param templates each variant's template by variant name
   * @param variants the variants, for their subject lines
   * @param catalog the products by id
   */
  public TemplateComposer(
      EmailRenderer renderer,
      Map<String, TemplateSource> templates,
      Iterable<Variant> variants,
      Map<String, Product> catalog) {
    this.renderer = renderer;
    this.catalog = catalog;
    this.from = renderer.config().senderAddress();
    for (Variant v : variants) {
      TemplateSource t = templates.get(v.name());
      if (t == null) {
        throw new TailorException(ErrorCode.CONFIG, "no template for variant " + v.name());
      }
      this.templates.put(
          v.name(),
          v.subjects().isEmpty()
              ? t
              : new TemplateSource(
                  t.name(), v.subjects(), t.preheader(), t.mjml(), t.mjmlFirstLine(), t.text()));
    }
  }

  @Override
  public OutgoingEmail compose(Recipient r) {
    TemplateSource t = templates.get(r.variant().name());
    RenderedEmail e =
        renderer.render(
            t,
            DecisionAdapter.toEmailContext(
                    r.decision(), r.customer(), catalog, r.message().campaignId(), r.message().id())
                .withSubjectVariant(r.subjectIndex()));
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("customer_id", r.customer().id());
    meta.put("campaign_id", r.message().campaignId());
    meta.put("variant", r.message().variant());
    meta.put("holdout", Boolean.toString(r.message().holdout()));
    // the record's decision when it was decided at build time: no second serialization
    meta.put("decision", r.message().decision().orElseGet(() -> DecisionJson.write(r.decision())));
    return new OutgoingEmail(
        r.message().id(),
        from,
        r.customer().email().orElseThrow(),
        e.subject(),
        e.html(),
        e.text(),
        e.headers(),
        meta);
  }
}
