package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.links.LinkSigner;
import dev.tailor.render.model.RenderedEmail;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every starter template's compiled email is dark-mode friendly (colour-scheme meta tags, dark
 * rules for the classes its markup carries, Outlook.com's {@code data-ogsc}/{@code data-ogsb}
 * rules, no text colour left without a dark rule) and has a signed "view in browser" link in its
 * header.
 */
class DarkModeAndViewLinkTest {
  private static final Set<String> TEXT_CLASSES = Set.of("tl-text", "tl-muted");
  private static final Pattern TEXT_COLOUR = Pattern.compile("(^|;)\\s*color:");
  private static final Pattern VIEW =
      Pattern.compile("https://t\\.shop\\.example/v/m-c1\\?s=([A-Za-z0-9_-]+)");

  static List<String> templates() {
    return StarterGallery.NAMES;
  }

  private static RenderedEmail render(String template) {
    return new EmailRenderer(Samples.CONFIG)
        .render(StarterGallery.get(template), Samples.cases().get("full-history"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theEmailDeclaresBothColourSchemesAndHasDarkRulesForItsClasses(String template) {
    Document doc = Jsoup.parse(render(template).html());
    assertThat(doc.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
    assertThat(doc.select("meta[name=supported-color-schemes]").attr("content"))
        .isEqualTo("light dark");
    String css = doc.select("style").html();
    assertThat(css)
        .contains("color-scheme: light dark")
        .contains("@media (prefers-color-scheme: dark)")
        .contains("[data-ogsc] .tl-text div")
        .contains("[data-ogsb] .tl-card");
    for (String cls : List.of("tl-body", "tl-card", "tl-text", "tl-muted", "tl-image")) {
      assertThat(css).as("a dark rule for .%s", cls).contains("." + cls);
      assertThat(doc.body().select("." + cls)).as("markup with class %s", cls).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyTextColourOfTheBodyHasADarkModeRule(String template) {
    Document doc = Jsoup.parse(render(template).html());
    List<String> uncovered = new ArrayList<>();
    for (Element e : doc.body().select("div[style*=color:], a[style*=color:]")) {
      String style = e.attr("style");
      if (!TEXT_COLOUR.matcher(style).find() || style.contains("display:none") || isButton(e)) {
        continue; // the hidden preheader; buttons keep their own background
      }
      if (e.parents().stream().noneMatch(p -> TEXT_CLASSES.contains(p.className()))) {
        uncovered.add(e.outerHtml().substring(0, Math.min(120, e.outerHtml().length())));
      }
    }
    assertThat(uncovered).as("text colours without a dark rule").isEmpty();
    for (Element card : doc.body().select("div[style*=background-color:#ffffff]")) {
      assertThat(card.className()).as("a white section without a dark rule").isEqualTo("tl-card");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void aSignedViewInBrowserLinkLeadsTheEmailInBothParts(String template) {
    RenderedEmail e = render(template);
    Document doc = Jsoup.parse(e.html());
    Element first = doc.body().select("a[href]").first();
    assertThat(first).isNotNull();
    assertThat(first.text()).isEqualTo("View in browser");
    Matcher m = VIEW.matcher(first.attr("href"));
    assertThat(m.matches()).as(first.attr("href")).isTrue();
    assertThat(new LinkSigner(Samples.CONFIG.signingKey()).verify("m-c1", "view", m.group(1)))
        .isTrue();
    assertThat(e.text()).contains("View in browser (" + first.attr("href") + ")");
  }

  private static boolean isButton(Element e) {
    Element td = e.parent();
    return e.nameIs("a") && td != null && td.hasAttr("bgcolor");
  }
}
