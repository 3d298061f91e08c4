package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.model.RenderedEmail;
import org.junit.jupiter.api.Test;

class EmailRendererTest {
  private final EmailRenderer renderer = new EmailRenderer(Samples.CONFIG);

  @Test
  void weeklyPicksRendersEveryProductOfEverySlot() {
    RenderedEmail e =
        renderer.render(StarterGallery.get("weekly-picks"), Samples.cases().get("full-history"));
    assertThat(e.subject()).isEqualTo("Ada, your picks for this week");
    assertThat(e.html()).contains("Product 0", "Product 43", "Trending in Running");
  }
}
