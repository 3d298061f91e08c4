package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.layout.MjmlLayoutCompiler;
import dev.tailor.render.links.LinkSigner;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import dev.tailor.render.model.TemplateRenderException;
import dev.tailor.render.template.TemplateSource;
import dev.tailor.render.text.TextPartWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailRendererTest {
  private final MjmlLayoutCompiler compiler = new MjmlLayoutCompiler();
  private final EmailRenderer renderer = new EmailRenderer(Samples.CONFIG, compiler);

  @Test
  void weeklyPicksRendersEveryProductOfEverySlotInOrder() {
    RenderedEmail e = render("weekly-picks", "full-history");
    assertThat(e.subject()).isEqualTo("Ada, your picks for this week");
    assertThat(e.preheader()).isEqualTo("Picked for you and more, based on what you like");
    assertThat(e.html()).contains("Product 0", "Product 43", "Trending in Running");
    assertThat(e.html().indexOf("Picked for you")).isLessThan(e.html().indexOf("Bestsellers"));
  }

  @Test
  void theLayoutIsCompiledOncePerTemplateVersion() {
    for (String c : Samples.cases().keySet()) {
      render("weekly-picks", c);
      render("welcome", c);
    }
    assertThat(compiler.cached()).isEqualTo(2);
  }

  @Test
  void everyHttpLinkIsASignedTrackingUrlWithUtmParameters() {
    RenderedEmail e = render("weekly-picks", "full-history");
    Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(e.html());
    LinkSigner signer = new LinkSigner(Samples.CONFIG.signingKey());
    int clicks = 0;
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&");
      assertThat(href).startsWith("https://t.shop.example/");
      if (href.startsWith("https://t.shop.example/c/m-c1?u=")) {
        String target =
            URLDecoder.decode(href.replaceAll(".*\\?u=([^&]*)&.*", "$1"), StandardCharsets.UTF_8);
        String sig = href.replaceAll(".*&s=", "");
        assertThat(signer.verify("m-c1", target, sig)).isTrue();
        assertThat(target)
            .contains(
                "utm_source=tailor",
                "utm_medium=email",
                "utm_campaign=spring-2026",
                "utm_content=");
        clicks++;
      }
    }
    assertThat(clicks).isEqualTo(20);
    assertThat(e.html()).contains("utm_content%3Dpicked_for_you-p0");
  }

  @Test
  void rendersFromManyThreadsAtOnceGiveTheSameEmailsAsOneThread() throws Exception {
    Map<String, RenderedEmail> expected = new LinkedHashMap<>();
    Samples.cases().forEach((c, ctx) -> expected.put(c, renderer.render(weekly(), ctx)));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String c = List.copyOf(expected.keySet()).get(i % expected.size());
        checks.add(
            pool.submit(
                () -> renderer.render(weekly(), Samples.cases().get(c)).equals(expected.get(c))));
      }
      for (java.util.concurrent.Future<Boolean> f : checks) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static TemplateSource weekly() {
    return StarterGallery.get("weekly-picks");
  }

  @Test
  void theTextPartDerivedOncePerTemplateEqualsTheTextOfTheFinishedHtml() {
    for (String name : StarterGallery.NAMES) {
      for (String c : Samples.cases().keySet()) {
        RenderedEmail e = render(name, c);
        assertThat(e.text()).as(name + "/" + c).isEqualTo(new TextPartWriter().write(e.html()));
      }
      EmailContext odd =
          Samples.context(
              Samples.customer("c11", "Ann\nMarie"),
              List.of(
                  new Slot(
                      "picked_for_you",
                      "Picked\r\nfor you",
                      "",
                      List.of(
                          new SlotItem(
                              Samples.product("o1", "Line one\nLine two \u2003 \u200b& <b>"),
                              1,
                              "als")))));
      RenderedEmail e = renderer.render(StarterGallery.get(name), odd);
      assertThat(e.text()).as(name + "/odd").isEqualTo(new TextPartWriter().write(e.html()));
    }
  }

  @Test
  void staticComposedAndNonHttpLinksAreTrackedLikeProductLinks() {
    TemplateSource t =
        TemplateSource.parse(
            "links.mjml.liquid",
            "---\nsubject: hi\n---\n<mjml><mj-body><mj-section><mj-column><mj-text>"
                + "<a href=\"https://static.example/a?x=1&amp;y=2\">static</a> "
                + "<a href=\"https://shop.example/{{ customer.id }}/sale\">composed</a> "
                + "<a href=\"{{ 'https://q.example/' | append: customer.id }}\">filtered</a> "
                + "<a href=\"mailto:help@shop.example\">mail</a>"
                + "</mj-text></mj-column></mj-section></mj-body></mjml>");
    RenderedEmail e = renderer.render(t, Samples.cases().get("full-history"));
    assertThat(e.html())
        .as("a stylesheet is not a click")
        .contains("<link href=\"https://fonts.googleapis.com/");
    LinkSigner signer = new LinkSigner(Samples.CONFIG.signingKey());
    Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(e.html());
    List<String> targets = new java.util.ArrayList<>();
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&");
      if (href.contains("fonts.googleapis.com")) {
        continue;
      }
      if (href.startsWith("https://t.shop.example/c/m-c1?u=")) {
        String target =
            URLDecoder.decode(href.replaceAll(".*\\?u=([^&]*)&.*", "$1"), StandardCharsets.UTF_8);
        assertThat(signer.verify("m-c1", target, href.replaceAll(".*&s=", ""))).isTrue();
        targets.add(target.replaceAll("[?&]utm_.*", ""));
        assertThat(e.text()).contains(href);
      } else {
        targets.add(href);
      }
    }
    assertThat(targets)
        .containsExactly(
            "https://static.example/a?x=1&y=2",
            "https://shop.example/c1/sale",
            "https://q.example/c1",
            "mailto:help@shop.example");
  }

  @Test
  void theOpenPixelComesRightAfterTheBodyTagAheadOfGmailClipping() {
    String html = render("weekly-picks", "full-history").html();
    int body = html.indexOf("<body");
    int pixel = html.indexOf("https://t.shop.example/o/m-c1.gif?s=");
    assertThat(pixel).isGreaterThan(body).isLessThan(body + 400);
  }

  @Test
  void oneClickUnsubscribeHeadersFollowRfc8058() {
    RenderedEmail e = render("welcome", "new-customer");
    assertThat(e.headers().get("List-Unsubscribe"))
        .startsWith("<https://t.shop.example/u/m-c2?s=")
        .contains(">, <mailto:news@shop.example?subject=unsubscribe%20m-c2>");
    assertThat(e.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }

  @Test
  void everyTemplateHasTheFooterAddressAndAnUnsubscribeLinkAndTheTextKeepsEveryLink() {
    for (String name : StarterGallery.NAMES) {
      RenderedEmail e = render(name, "full-history");
      assertThat(e.html()).as(name).contains(Samples.CONFIG.postalAddress(), "/u/m-c1?s=");
      Matcher m = Pattern.compile("<a [^>]*href=\"([^\"]*)\"").matcher(e.html());
      while (m.find()) {
        assertThat(e.text()).as(name).contains(m.group(1).replace("&amp;", "&"));
      }
    }
  }

  @Test
  void anEmptySlotHidesItsHeading() {
    RenderedEmail e = render("weekly-picks", "empty-slots");
    assertThat(e.html()).doesNotContain("Trending in Running").doesNotContain("View product");
  }

  @Test
  void aLoopWithoutBoundIsStoppedAndTheErrorNamesTheTemplate() {
    TemplateSource t =
        TemplateSource.parse(
            "loop.mjml.liquid",
            "---\nsubject: hi\n---\n<mjml><mj-body><mj-section><mj-column><mj-text>"
                + "{% for i in (1..100000000) %}x{% endfor %}</mj-text></mj-column></mj-section>"
                + "</mj-body></mjml>");
    assertThatThrownBy(() -> renderer.render(t, Samples.cases().get("full-history")))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageStartingWith("loop.mjml.liquid:");
  }

  @Test
  void aTemplateCannotReadFiles() {
    TemplateSource t =
        TemplateSource.parse(
            "include.mjml.liquid",
            "---\nsubject: hi\n---\n<mjml><mj-body><mj-section><mj-column><mj-text>"
                + "{% include '/etc/passwd' %}</mj-text></mj-column></mj-section></mj-body></mjml>");
    assertThatThrownBy(() -> renderer.render(t, Samples.cases().get("full-history")))
        .isInstanceOf(TemplateRenderException.class);
  }

  @Test
  void missingDataFallsBackToDefaultsInSends() {
    RenderedEmail e = render("win-back", "new-customer");
    assertThat(e.subject()).isEqualTo("We miss you, friend");
    assertThat(List.of(e.html())).allMatch(h -> h.contains("We miss you, there"));
  }

  @Test
  void theHeroImageIsChosenByThePreferredCategory() {
    EmailContext base = Samples.cases().get("full-history");
    Map<String, ContentBlock> blocks = new LinkedHashMap<>(base.blocks());
    blocks.put(
        "hero-running",
        new ContentBlock(
            "hero-running",
            "Run further",
            "",
            "https://shop.example/running",
            "https://img.shop.example/hero-running.jpg",
            ""));
    EmailContext ctx =
        new EmailContext(
            base.customer(),
            base.campaignId(),
            base.messageId(),
            base.slots(),
            blocks,
            0,
            Map.of());
    RenderedEmail e = renderer.render(StarterGallery.get("welcome"), ctx);
    assertThat(e.html()).contains("hero-running.jpg").doesNotContain("img.shop.example/hero.jpg");
  }

  @Test
  void aRenderErrorNamesTheTemplateFileLineAndVariable() {
    TemplateSource t =
        TemplateSource.parse(
            "broken.mjml.liquid",
            "---\nsubject: hi\n---\n<mjml><mj-body><mj-section><mj-column>\n"
                + "<mj-text>{{ customer.first_name | no_such_filter }}</mj-text>\n"
                + "</mj-column></mj-section></mj-body></mjml>\n");
    assertThatThrownBy(() -> renderer.render(t, Samples.cases().get("full-history")))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("broken.mjml.liquid:5:");
  }

  @Test
  void oneRendererServesManyThreadsAtOnce() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<RenderedEmail>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> render("weekly-picks", "full-history")));
      }
      String first = futures.get(0).get().html();
      for (var f : futures) {
        assertThat(f.get().html()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  private RenderedEmail render(String template, String caseName) {
    return renderer.render(StarterGallery.get(template), Samples.cases().get(caseName));
  }
}
