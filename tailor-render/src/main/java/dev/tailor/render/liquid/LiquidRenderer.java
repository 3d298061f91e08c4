package dev.tailor.render.liquid;

import dev.tailor.core.ErrorCode;
import dev.tailor.render.model.TemplateRenderException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import liqp.Template;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.exceptions.VariableNotExistException;

/**
 * Renders Liquid with liqp under limits: a render time, an output size and a loop bound, and no
 * file access ({@code include} and {@code render} tags resolve nothing). Lenient mode (sends)
 * renders unknown variables as empty so {@code default:} filters apply; strict mode (checks) fails
 * on them. Parsed templates are cached by their text, per thread (a liqp template is not safe to
 * render from two threads at once).
 */
public final class LiquidRenderer {
  /** Most iterations of all loops of one render. */
  public static final int MAX_ITERATIONS = 10_000;

  private static final java.util.regex.Pattern LINE =
      java.util.regex.Pattern.compile("\\bline (\\d+)");

  /**
   * Shared daemon workers that run renders under the time limit; liqp would otherwise start a
   * thread pool for every render.
   */
  private static final ExecutorService RENDER_THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tailor-liquid");
            t.setDaemon(true);
            return t;
          });

  private final TemplateParser parser;
  private final boolean strict;

  /** liqp's templates keep render state, so each thread keeps its own parses. */
  private final ThreadLocal<Map<String, Template>> parsed =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private LiquidRenderer(boolean strict, Duration maxTime, int maxOutputChars) {
    this.strict = strict;
    this.parser =
        new TemplateParser.Builder()
            .withStrictVariables(strict)
            .withMaxIterations(MAX_ITERATIONS)
            .withMaxRenderTimeMillis(maxTime.toMillis())
            .withMaxSizeRenderedString(maxOutputChars)
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
   * Renders Liquid text with a model.
   *
   * @param templateName names the template in errors
   * @param part which part is rendered ("subject", "html", ...), for errors
   * @param firstLine the line of the text's first line in the template file, for errors
   */
  public String render(
      String templateName, String part, int firstLine, String liquid, Map<String, Object> model) {
    Template t = parse(templateName, part, firstLine, liquid);
    try {
      return t.render(model, RENDER_THREADS, false);
    } catch (VariableNotExistException e) {
      throw error(templateName, part, lineOf(liquid, e.getVariableName(), firstLine), e, e);
    } catch (LiquidException e) {
      throw error(templateName, part, firstLine + Math.max(e.line, 1) - 1, e, e);
    } catch (RuntimeException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof VariableNotExistException v) {
          throw error(templateName, part, lineOf(liquid, v.getVariableName(), firstLine), v, e);
        }
      }
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw error(templateName, part, firstLine + lineInMessage(e) - 1, cause, e);
    }
  }

  /** Parses (or finds the cached parse of) Liquid text; syntax errors name the line. */
  public Template parse(String templateName, String part, int firstLine, String liquid) {
    Map<String, Template> cache = parsed.get();
    Template t = cache.get(liquid);
    if (t != null) {
      return t;
    }
    try {
      t = parser.parse(liquid);
    } catch (LiquidException e) {
      throw error(templateName, part, firstLine + Math.max(e.line, 1) - 1, e, e);
    } catch (RuntimeException e) {
      throw error(templateName, part, firstLine + lineInMessage(e) - 1, e, e);
    }
    cache.put(liquid, t);
    return t;
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
