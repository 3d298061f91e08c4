package dev.tailor.render.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.render.Samples;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.template.TemplateSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLinterTest {
  private final TemplateLinter linter = new TemplateLinter(Samples.CONFIG);

  @Test
  void everyStarterTemplatePasses() {
    for (TemplateSource t : StarterGallery.all()) {
      assertThat(linter.check(t)).as(t.name()).isEmpty();
    }
  }

  @Test
  void anUnknownVariableIsReportedWithItsLine() {
    List<LintProblem> p = linter.check(bad("<mj-text>{{ customer.frist_name }}</mj-text>"));
    assertThat(p)
        .anySatisfy(
            x -> {
              assertThat(x.rule()).isEqualTo("unknown-variable");
              assertThat(x.line()).isEqualTo(6);
              assertThat(x.message()).contains("frist_name");
            });
  }

  @Test
  void aLiquidSyntaxErrorIsReportedWithItsLine() {
    List<LintProblem> p = linter.check(bad("<mj-text>{% if x %}never closed</mj-text>"));
    assertThat(p).anySatisfy(x -> assertThat(x.rule()).isEqualTo("liquid"));
  }

  @Test
  void imagesLinksUnsubscribeAndAddressAreChecked() {
    TemplateSource t =
        TemplateSource.parse(
            "plain.mjml.liquid",
            "---\nsubject: hi\n---\n<mjml><mj-body><mj-section><mj-column>\n"
                + "<mj-image src=\"http://x.example/a.png\" />\n"
                + "<mj-button href=\"/relative\">Go</mj-button>\n"
                + "</mj-column></mj-section></mj-body></mjml>\n");
    assertThat(linter.check(t))
        .extracting(LintProblem::rule, LintProblem::line)
        .contains(
            org.assertj.core.groups.Tuple.tuple("missing-alt", 5),
            org.assertj.core.groups.Tuple.tuple("image-not-https", 5),
            org.assertj.core.groups.Tuple.tuple("untracked-link", 6),
            org.assertj.core.groups.Tuple.tuple("missing-unsubscribe", 4),
            org.assertj.core.groups.Tuple.tuple("missing-address", 4));
  }

  @Test
  void aTemplateWithoutAViewInBrowserLinkGetsAWarningNotAnError() {
    List<LintProblem> p = linter.check(bad("<mj-text>Hello</mj-text>"));
    assertThat(p)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("missing-view-in-browser");
              assertThat(x.warning()).isTrue();
              assertThat(x.line()).isEqualTo(5);
              assertThat(x.toString()).startsWith("bad.mjml.liquid:5: warning: ");
            });
    String withLink =
        "<mj-text><a href=\"{{ links.view_in_browser }}\">View in browser</a></mj-text>";
    assertThat(linter.check(bad(withLink))).isEmpty();
  }

  @Test
  void htmlOverGmailsClippingLimitIsReported() {
    String big = "<mj-text>" + "All work and no play. ".repeat(6000) + "</mj-text>";
    assertThat(linter.check(bad(big))).extracting(LintProblem::rule).contains("too-large");
  }

  private static TemplateSource bad(String text) {
    return TemplateSource.parse(
        "bad.mjml.liquid",
        "---\nsubject: hi\npreheader: there\n---\n<mjml><mj-body><mj-section><mj-column>\n"
            + text
            + "\n<mj-text>{{ sender.postal_address }} <a href=\"{{ links.unsubscribe }}\">x</a>"
            + "</mj-text></mj-column></mj-section></mj-body></mjml>\n");
  }
}
