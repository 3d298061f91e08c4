package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.customer.Customer;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.layout.Language;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.template.TemplateSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RightToLeftTest {
  private final EmailRenderer renderer = new EmailRenderer(Samples.CONFIG);

  private static Customer speaking(String language) {
    return Customer.builder("c9")
        .firstName("נועה")
        .attributes(Map.of("language", language))
        .build();
  }

  private RenderedEmail render(String template, Customer c) {
    EmailContext ctx =
        Samples.context(c, List.of(Samples.slot("picked_for_you", "נבחר עבורך", "", 0, 2)));
    return renderer.render(StarterGallery.get(template), ctx);
  }

  @Test
  void everyStarterTemplateForAnArabicOrHebrewReaderIsRightToLeftAndRightAligned() {
    for (String language : new String[] {"ar", "he-IL", "fa_IR"}) {
      for (String name : StarterGallery.NAMES) {
        String html = render(name, speaking(language)).html();
        String lang = language.replace('_', '-');
        assertThat(html)
            .as(name + " " + language)
            .contains("<html lang=\"" + lang + "\" dir=\"rtl\"")
            .contains("<body lang=\"" + lang + "\" dir=\"rtl\"")
            .contains("role=\"article\" lang=\"" + lang + "\" dir=\"rtl\"")
            .contains("text-align:right", "direction:rtl")
            .doesNotContain("text-align:left", "align=\"left\"", "direction:ltr");
      }
    }
  }

  @Test
  void aLeftToRightReaderKeepsTheLeftAlignedLayout() {
    String html = render("weekly-picks", speaking("de")).html();
    assertThat(html)
        .contains("<html lang=\"de\" dir=\"ltr\"", "text-align:left", "direction:ltr")
        .doesNotContain("dir=\"rtl\"");
    String unknown = render("weekly-picks", Customer.of("c10")).html();
    assertThat(unknown).contains("<html lang=\"und\" dir=\"auto\"").doesNotContain("dir=\"rtl\"");
  }

  @Test
  void aTemplateDeclaringItsLanguageWinsOverTheRecipients() {
    TemplateSource hebrew =
        TemplateSource.parse(
            "he.mjml.liquid",
            "---\nsubject: שלום\n---\n<mjml lang=\"he\"><mj-body><mj-section><mj-column>"
                + "<mj-text>שלום {{ customer.first_name }}</mj-text>"
                + "<mj-text>{{ sender.postal_address }} <a href=\"{{ links.unsubscribe }}\">הסר"
                + "</a></mj-text></mj-column></mj-section></mj-body></mjml>");
    String html = renderer.render(hebrew, Samples.context(speaking("en"), List.of())).html();
    assertThat(html).contains("<html lang=\"he\" dir=\"rtl\"", "text-align:right");
  }

  @Test
  void languageTagsAreNormalisedAndJunkIsIgnored() {
    Language none = Language.UNKNOWN;
    assertThat(Language.of(none, speaking("AR_eg"))).isEqualTo(new Language("ar-EG", "rtl"));
    assertThat(Language.of(none, speaking("ur"))).isEqualTo(new Language("ur", "rtl"));
    assertThat(Language.of(none, speaking("en-GB"))).isEqualTo(new Language("en-GB", "ltr"));
    assertThat(Language.of(none, speaking("\"><script>"))).isEqualTo(Language.UNKNOWN);
    assertThat(Language.of(new Language("und", "rtl"), speaking("en")))
        .isEqualTo(new Language("en", "rtl"));
  }
}
