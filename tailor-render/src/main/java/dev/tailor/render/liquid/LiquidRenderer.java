package dev.tailor.render.liquid;

import dev.tailor.core.ErrorCode;
import dev.tailor.render.model.TemplateRenderException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.exceptions.VariableNotExistException;
import liqp.nodes.LNode;
import liqp.parser.v4.NodeVisitor;

/**
 * Renders Liquid with liqp under limits: a render time, an output size and a loop bound, and no
 * file access ({@code include} and {@code render} tags resolve nothing). Lenient mode (sends)
 * renders unknown variables as empty so {@code default:} filters apply; strict mode (checks) fails
 * on them. Parsed templates are cached by their text as liqp's node tree, shared by all threads:
 * liqp's own {@code Template.render} rebuilds that tree from the parse tree on every render (a
 * quarter of the render time of a large layout) and keeps render state in the template, so it is
 * not safe from two threads at once.
 */
public final class LiquidRenderer {
  /** Most iterations of all loops of one render. */
  public static final int MAX_ITERATIONS = 10_000;

  private static final java.util.regex.Pattern LINE =
      java.util.regex.Pattern.compile("\\bline (\\d+)");

  /**
   * What a template may use to read or steer a loop's state (then its loops stay liqp's own, see
   * {@code ListLoop}).
   */
  private static final java.util.regex.Pattern READS_LOOP_STATE =
      java.util.regex.Pattern.compile("forloop|tablerow|\\{%-?\\s*(break|continue)\\b");

  private final TemplateParser parser;
  private final boolean strict;
  private final long maxMillis;

  /** A parse and its node tree, built once. */
  private record Parsed(Template template, LNode root) {}

  /**
   * Node trees by Liquid text, shared by all threads: a node tree holds no render state (that lives
   * in each render's {@code TemplateContext}); liqp's {@code Template} does, which is why it is
   * never rendered itself.
   */
  private final Map<String, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();

  private LiquidRenderer(boolean strict, Duration maxTime, int maxOutputChars) {
    this.strict = strict;
    this.maxMillis = maxTime.toMillis();
    this.parser =
        new TemplateParser.Builder()
            .withStrictVariables(strict)
            .withMaxIterations(MAX_ITERATIONS)
            .withMaxRenderTimeMillis(maxTime.toMillis())
            .withMaxSizeRenderedString(maxOutputChars)
            .withRenderTransformer(new RopeRenderTransformer(maxOutputChars))
            .withFilter(new TrackFilter())
            .withNameResolver(
                name -> {
                  throw new IOException("templates cannot include files: " + name);
                })
            .withErrorMode(TemplateParser.ErrorMode.STRICT)
            .build();
  }

  /** Unknown variables render as empty (sends). */
  public static LiquidRenderer lenient(Duration maxTime, int maxOutputChars) {
    return new LiquidRenderer(false, maxTime, maxOutputChars);
  }

  /** Unknown variables fail (checks). */
  public static LiquidRenderer strict(Duration maxTime, int maxOutputChars) {
    return new LiquidRenderer(true, maxTime, maxOutputChars);
  }

  /**
   * Renders Liquid text with a model, under the time limit.
   *
   * @param templateName names the template in errors
   * @param part which part is rendered ("subject", "html", ...), for errors
   * @param firstLine the line of the text's first line in the template file, for errors
   */
  public String render(
      String templateName, String part, int firstLine, String liquid, Map<String, Object> model) {
    return limited(templateName, () -> renderNow(templateName, part, firstLine, liquid, model));
  }

  /**
   * Runs a job (renders with {@link #renderNow}) on the calling thread under the render-time limit
   * (the thread's CPU time, see {@link RenderDeadline}): the output a render appends checks it
   * (liqp's loop bound stops loops that append nothing), and a render past it stops with an error.
   * One limit per email, whatever number of parts it renders; no hand-off to another thread.
   */
  public <T> T limited(String templateName, Supplier<T> job) {
    RenderDeadline before = RenderDeadline.start(maxMillis);
    try {
      return job.get();
    } catch (RenderDeadline.Exceeded e) {
      throw tooLong(templateName, e);
    } finally {
      RenderDeadline.restore(before);
    }
  }

  private TemplateRenderException tooLong(String templateName, Throwable cause) {
    return new TemplateRenderException(
        ErrorCode.BAD_INPUT,
        templateName + ": the render took longer than the limit of " + maxMillis + " ms",
        cause);
  }

  /**
   * Renders on the calling thread, without the time limit (the loop and output-size limits still
   * hold); call it inside {@link #limited}.
   */
  public String renderNow(
      String templateName, String part, int firstLine, String liquid, Map<String, Object> model) {
    Parsed p = parse(templateName, part, firstLine, liquid);
    try {
      TemplateContext context = new TemplateContext(p.template(), parser, model);
      Object out = p.root().render(context);
      return String.valueOf(parser.getRenderTransformer().transformObject(context, out));
    } catch (RuntimeException e) {
      throw translate(templateName, part, firstLine, liquid, e);
    }
  }

  /** A render's exception as the error to throw (the deadline's own passes through). */
  private static RuntimeException translate(
      String templateName, String part, int firstLine, String liquid, RuntimeException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof RenderDeadline.Exceeded x) {
        return x;
      }
    }
    if (e instanceof VariableNotExistException v) {
      return error(templateName, part, lineOf(liquid, v.getVariableName(), firstLine), v, v);
    }
    if (e instanceof LiquidException l) {
      return error(templateName, part, firstLine + Math.max(l.line, 1) - 1, l, l);
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof VariableNotExistException v) {
        return error(templateName, part, lineOf(liquid, v.getVariableName(), firstLine), v, e);
      }
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return error(templateName, part, firstLine + lineInMessage(e) - 1, cause, e);
  }

  /**
   * Parses ahead on the calling thread so the first render's parse does not count against the
   * render-time limit; a syntax error is left for the render to report with its line.
   */
  public void prepare(String liquid) {
    try {
      parse("", "", 1, liquid);
    } catch (TemplateRenderException e) {
      // reported by the render
    }
  }

  /** Parses (or finds the cached parse of) Liquid text; syntax errors name the line. */
  private Parsed parse(String templateName, String part, int firstLine, String liquid) {
    Map<String, Parsed> cache = parsed;
    Parsed p = cache.get(liquid);
    if (p != null) {
      return p;
    }
    try {
      Template t = parser.parse(liquid);
      NodeVisitor visitor =
          new NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude);
      LNode root = visitor.visit(t.getParseTree());
      // checks keep liqp's own tree, node for node; sends render the fused one
      p =
          new Parsed(
              t, strict ? root : OutputRuns.fuse(root, !READS_LOOP_STATE.matcher(liquid).find()));
    } catch (LiquidException e) {
      throw error(templateName, part, firstLine + Math.max(e.line, 1) - 1, e, e);
    } catch (RuntimeException e) {
      throw error(templateName, part, firstLine + lineInMessage(e) - 1, e, e);
    }
    cache.put(liquid, p);
    return p;
  }

  public boolean strict() {
    return strict;
  }

  /** The 1-based line a parser message names ("error on line 2, ..."), else 1. */
  private static int lineInMessage(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      java.util.regex.Matcher m = LINE.matcher(String.valueOf(c.getMessage()));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 1;
  }

  private static int lineOf(String liquid, String variable, int firstLine) {
    int at = liquid.indexOf(variable);
    if (at < 0) {
      int dot = variable.lastIndexOf('.');
      at = dot < 0 ? -1 : liquid.indexOf(variable.substring(dot + 1));
    }
    if (at < 0) {
      return firstLine;
    }
    int line = firstLine;
    for (int i = 0; i < at; i++) {
      if (liquid.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static TemplateRenderException error(
      String template, String part, int line, Throwable what, Throwable cause) {
    String message =
        what.getMessage() == null ? what.getClass().getSimpleName() : what.getMessage();
    if (what instanceof VariableNotExistException v) {
      message = "unknown variable " + v.getVariableName();
    }
    return new TemplateRenderException(
        ErrorCode.BAD_INPUT, template + ":" + line + ": " + part + ": " + message, cause);
  }
}
