package dev.tailor.render.check;

import dev.tailor.render.EmailRenderer;
import dev.tailor.render.RecipientModel;
import dev.tailor.render.links.LinkSigner;
import dev.tailor.render.links.TrackingLinks;
import dev.tailor.render.liquid.LiquidRenderer;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.render.model.TemplateRenderException;
import dev.tailor.render.template.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints a template before any send: Liquid syntax errors and unknown variables (strict mode, on a
 * sample recipient with every standard slot and block), images without alt text or https, links
 * that cannot be tracked, HTML over Gmail's 102 KB clipping limit, and a missing unsubscribe link
 * or postal address; a missing "view in browser" link is a warning. Every problem names the line.
 */
public final class TemplateLinter {
  /** Gmail clips messages whose HTML is larger than this. */
  public static final int GMAIL_CLIP_BYTES = 102 * 1024;

  private static final Pattern IMAGE = Pattern.compile("<(mj-image|img)\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");
  private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]*)\"");
  private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");

  private final RenderConfig config;
  private final LiquidRenderer strict;

  public TemplateLinter(RenderConfig config) {
    this.config = config;
    this.strict = LiquidRenderer.strict(config.maxRenderTime(), config.maxOutputBytes());
  }

  /** The problems of this template, warnings included; empty when it passes. */
  public List<LintProblem> check(TemplateSource t) {
    List<LintProblem> problems = new ArrayList<>();
    EmailContext sample = CheckSamples.recipient();
    Map<String, Object> model =
        RecipientModel.build(
            sample,
            config,
            new TrackingLinks(config.baseUrl(), new LinkSigner(config.signingKey())));
    model.put("email", Map.of("subject", "", "preheader", "", "lang", "und", "dir", "auto"));
    for (int i = 0; i < t.subjects().size(); i++) {
      liquid(t, "subject", 1, t.subjects().get(i), model, problems);
    }
    liquid(t, "preheader", 1, t.preheader(), model, problems);
    liquid(t, "layout", t.mjmlFirstLine(), t.mjml(), model, problems);
    markup(t, problems);
    if (problems.stream().noneMatch(p -> p.rule().equals("liquid"))) {
      size(t, sample, problems);
    }
    problems.sort(java.util.Comparator.comparingInt(LintProblem::line));
    return problems;
  }

  private void liquid(
      TemplateSource t,
      String part,
      int firstLine,
      String text,
      Map<String, Object> model,
      List<LintProblem> problems) {
    try {
      strict.render(t.name(), part, firstLine, text, model);
    } catch (TemplateRenderException e) {
      String msg = e.getMessage();
      int line = firstLine;
      Matcher m = Pattern.compile("^.*?:(\\d+): (.*)$", Pattern.DOTALL).matcher(msg);
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
        msg = m.group(2);
      }
      String rule = msg.contains("unknown variable") ? "unknown-variable" : "liquid";
      problems.add(new LintProblem(t.name(), line, rule, msg.lines().findFirst().orElse(msg)));
    }
  }

  private void markup(TemplateSource t, List<LintProblem> problems) {
    String src = t.mjml();
    Matcher img = IMAGE.matcher(src);
    while (img.find()) {
      if (insideAttributes(src, img.start())) {
        continue; // <mj-attributes> defaults, not an image
      }
      int line = t.mjmlFirstLine() + lineIndex(src, img.start());
      Matcher alt = ALT.matcher(img.group());
      if (!alt.find() || alt.group(1).isBlank()) {
        problems.add(new LintProblem(t.name(), line, "missing-alt", "image without alt text"));
      }
      Matcher s = SRC.matcher(img.group());
      if (s.find() && !s.group(1).startsWith("https://") && !s.group(1).startsWith("{{")) {
        problems.add(
            new LintProblem(
                t.name(), line, "image-not-https", "image not on https: " + s.group(1)));
      }
    }
    Matcher href = HREF.matcher(src);
    while (href.find()) {
      String url = href.group(1);
      boolean ok =
          url.startsWith("https://")
              || url.startsWith("http://")
              || url.startsWith("{{")
              || url.startsWith("mailto:");
      if (!ok) {
        int line = t.mjmlFirstLine() + lineIndex(src, href.start());
        problems.add(
            new LintProblem(
                t.name(),
                line,
                "untracked-link",
                "link cannot be tracked (not http/https): " + url));
      }
    }
    if (!src.contains("links.unsubscribe")) {
      problems.add(
          new LintProblem(
              t.name(),
              t.mjmlFirstLine(),
              "missing-unsubscribe",
              "no {{ links.unsubscribe }} link"));
    }
    if (!src.contains("links.view_in_browser")) {
      problems.add(
          new LintProblem(
              t.name(),
              t.mjmlFirstLine(),
              "missing-view-in-browser",
              "no {{ links.view_in_browser }} link for readers whose client shows the email badly",
              true));
    }
    if (!src.contains("sender.postal_address")) {
      problems.add(
          new LintProblem(
              t.name(),
              t.mjmlFirstLine(),
              "missing-address",
              "no {{ sender.postal_address }} in the footer"));
    }
  }

  private void size(TemplateSource t, EmailContext sample, List<LintProblem> problems) {
    try {
      String html = new EmailRenderer(config).renderHtml(t, sample);
      int bytes = html.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > GMAIL_CLIP_BYTES) {
        problems.add(
            new LintProblem(
                t.name(),
                t.mjmlFirstLine(),
                "too-large",
                "HTML is " + bytes / 1024 + " KB for a full sample; Gmail clips over 102 KB"));
      }
    } catch (TemplateRenderException e) {
      problems.add(new LintProblem(t.name(), t.mjmlFirstLine(), "render", e.getMessage()));
    }
  }

  /** True inside an {@code <mj-attributes>} block (default attributes per tag). */
  private static boolean insideAttributes(String src, int at) {
    int open = src.lastIndexOf("<mj-attributes", at);
    return open >= 0 && src.indexOf("</mj-attributes>", open) > at;
  }

  private static int lineIndex(String s, int at) {
    int n = 0;
    for (int i = 0; i < at; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
