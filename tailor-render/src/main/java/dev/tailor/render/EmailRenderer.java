package dev.tailor.render;

import dev.tailor.core.ErrorCode;
import dev.tailor.render.headers.UnsubscribeHeaders;
import dev.tailor.render.layout.CompiledLayout;
import dev.tailor.render.layout.Language;
import dev.tailor.render.layout.MjmlLayoutCompiler;
import dev.tailor.render.links.LinkRewriter;
import dev.tailor.render.links.LinkSigner;
import dev.tailor.render.links.TrackingLinks;
import dev.tailor.render.liquid.LinkTracker;
import dev.tailor.render.liquid.LiquidRenderer;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.model.TemplateRenderException;
import dev.tailor.render.template.TemplateSource;
import dev.tailor.render.text.TextPartWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Renders a template for one recipient: the MJML layout is compiled once per template version, then
 * Liquid runs per recipient on the compiled HTML, the subject and the preheader; links are
 * rewritten to signed tracking URLs, the open pixel is placed, the text part is written and the
 * unsubscribe headers are added. Thread-safe; share one per configuration.
 */
public final class EmailRenderer {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final RenderConfig config;
  private final MjmlLayoutCompiler compiler;
  private final LiquidRenderer liquid;
  private final TrackingLinks links;
  private final LinkRewriter rewriter;
  private final TextPartWriter textWriter = new TextPartWriter();

  public EmailRenderer(RenderConfig config) {
    this(config, new MjmlLayoutCompiler());
  }

  public EmailRenderer(RenderConfig config, MjmlLayoutCompiler compiler) {
    this.config = config;
    this.compiler = compiler;
    this.liquid = LiquidRenderer.lenient(config.maxRenderTime(), config.maxOutputBytes());
    this.links = new TrackingLinks(config.baseUrl(), new LinkSigner(config.signingKey()));
    this.rewriter = new LinkRewriter(links);
  }

  /** Compiles (or finds the compiled) layout of a template; cheap after the first call. */
  public CompiledLayout compile(TemplateSource template) {
    return compiler.compile(template);
  }

  /** The email this recipient gets. */
  public RenderedEmail render(TemplateSource template, EmailContext ctx) {
    Layout l = layout(template, ctx);
    Parts p = liquid.limited(template.name(), () -> parts(template, l, ctx, true));
    Map<String, String> headers =
        UnsubscribeHeaders.of(
            links.unsubscribe(ctx.messageId()), config.senderAddress(), ctx.messageId());
    return new RenderedEmail(p.subject(), p.preheader(), p.html(), p.text(), headers);
  }

  /** Only the HTML part (for measuring the per-recipient HTML path alone). */
  public String renderHtml(TemplateSource template, EmailContext ctx) {
    Layout l = layout(template, ctx);
    return liquid.limited(template.name(), () -> parts(template, l, ctx, false)).html();
  }

  private record Layout(CompiledLayout compiled, Language language) {}

  /** The compiled layout for this recipient's writing direction (compiled outside the limit). */
  private Layout layout(TemplateSource template, EmailContext ctx) {
    CompiledLayout ltr = compiler.compile(template);
    Language language = Language.of(ltr.declared(), ctx.customer());
    CompiledLayout layout = compiler.compile(template, language.rightToLeft());
    liquid.prepare(layout.html());
    liquid.prepare(layout.text());
    liquid.prepare(template.subject(ctx.subjectVariant()));
    liquid.prepare(template.preheader());
    return new Layout(layout, language);
  }

  private record Parts(String subject, String preheader, String html, String text) {}

  /** Every Liquid render of one email, on one render worker (one time limit for all). */
  private Parts parts(TemplateSource template, Layout l, EmailContext ctx, boolean withText) {
    CompiledLayout layout = l.compiled();
    Language language = l.language();
    Map<String, Object> model = RecipientModel.build(ctx, config, links);
    String subject = plain(template, "subject", template.subject(ctx.subjectVariant()), model);
    String preheader = plain(template, "preheader", template.preheader(), model);
    model.put(
        "email",
        Map.of(
            "subject",
            RecipientModel.esc(subject),
            "preheader",
            RecipientModel.esc(preheader),
            "lang",
            language.lang(),
            "dir",
            language.dir()));
    LinkRewriter.Session links = rewriter.session(ctx.campaignId(), ctx.messageId());
    model.put(LinkTracker.VARIABLE, (LinkTracker) links::attribute);
    model.put("tailor_pixel", links.pixel());
    String html = renderLayout(template, layout, model);
    if (html.length() * 3L > config.maxOutputBytes()
        && html.getBytes(StandardCharsets.UTF_8).length > config.maxOutputBytes()) {
      throw new TemplateRenderException(
          ErrorCode.BAD_INPUT,
          template.name()
              + ": the HTML is over the limit of "
              + config.maxOutputBytes()
              + " bytes");
    }
    String text = withText ? text(template, layout, model, links, html) : "";
    return new Parts(subject, preheader, html, text);
  }

  /**
   * The text part: the layout's derived text template rendered with the same model, its links
   * tracked like the HTML's. Should the derived template not render (Liquid tags split by hidden
   * markup), the finished HTML is converted instead.
   */
  private String text(
      TemplateSource template,
      CompiledLayout layout,
      Map<String, Object> model,
      LinkRewriter.Session links,
      String trackedHtml) {
    String rendered;
    try {
      rendered = liquid.renderNow(template.name(), "text", 1, layout.text(), model);
    } catch (TemplateRenderException e) {
      return textWriter.write(trackedHtml);
    }
    return textWriter.finish(rendered, links::track);
  }

  /**
   * Renders the compiled layout; on an error, renders the MJML source the same way so the error
   * names the line of the template file rather than of the compiled HTML.
   */
  private String renderLayout(
      TemplateSource template, CompiledLayout layout, Map<String, Object> model) {
    try {
      return liquid.renderNow(template.name(), "html", 1, layout.html(), model);
    } catch (TemplateRenderException e) {
      liquid.renderNow(template.name(), "layout", template.mjmlFirstLine(), template.mjml(), model);
      throw e;
    }
  }

  private String plain(TemplateSource t, String part, String liquidText, Map<String, Object> m) {
    String out = liquid.renderNow(t.name(), part, 1, liquidText, m);
    String s = out.indexOf('&') < 0 ? out : Parser.unescapeEntities(out, false);
    return collapsible(s) ? WHITESPACE.matcher(s).replaceAll(" ").strip() : s.strip();
  }

  /**
   * True when the text has whitespace other than single spaces (what {@code \\s+} would change).
   */
  private static boolean collapsible(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')
          || c == '\t'
          || c == '\n'
          || c == '\u000B'
          || c == '\f'
          || c == '\r') {
        return true;
      }
    }
    return false;
  }

  public RenderConfig config() {
    return config;
  }
}
