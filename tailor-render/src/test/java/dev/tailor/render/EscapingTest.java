package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.model.RenderedEmail;
import org.junit.jupiter.api.Test;

class EscapingTest {
  private final EmailRenderer renderer = new EmailRenderer(Samples.CONFIG);

  @Test
  void aProductTitledAsAScriptRendersAsTextInEveryTemplate() {
    for (String name : StarterGallery.NAMES) {
      RenderedEmail e =
          renderer.render(StarterGallery.get(name), Samples.cases().get("script-title"));
      assertThat(e.html()).as(name).doesNotContain("<script").doesNotContain("<b>Eve");
      if (!name.equals("welcome") || e.html().contains("x1")) {
        assertThat(e.html()).as(name).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(e.text()).as(name).contains("<script>alert(1)</script>");
      }
    }
  }

  @Test
  void theSubjectIsPlainTextWithTheCustomerNameUnescaped() {
    RenderedEmail e =
        renderer.render(StarterGallery.get("weekly-picks"), Samples.cases().get("script-title"));
    assertThat(e.subject()).isEqualTo("<b>Eve</b>, your picks for this week");
  }
}
