package dev.tailor.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes the plain-text part from the HTML part: visible text in reading order, block elements on
 * their own lines, and every link kept as {@code text (URL)}. Hidden elements (the preheader) and
 * images without alt text are left out.
 *
 * <p>Two ways: {@link #write} converts finished HTML (a DOM walk, ~100 KB per email), and {@link
 * #derive} converts a compiled layout <em>with its Liquid still in it</em> once per template
 * version into a Liquid text template; per recipient that template is rendered with the same model
 * as the HTML and {@link #finish}ed (links tracked, entities decoded, blank lines tidied), which
 * gives the same text without parsing any HTML.
 */
public final class TextPartWriter {
  /** A line break of a derived text template (line feeds of values are spaces, as in HTML). */
  static final char BREAK = '\u0004';

  /** Marks a link in a derived text template: START label MIDDLE href END. */
  static final char LINK_START = '\u0001';

  static final char LINK_MIDDLE = '\u0002';
  static final char LINK_END = '\u0003';

  private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("tlt(\\d+)x");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

  /** The text part of this HTML. */
  public String write(String html) {
    StringBuilder sb = new StringBuilder(html.length() / 4);
    new Walk(false).walk(Jsoup.parse(html).body(), sb, false);
    return tidy(sb, '\n');
  }

  /**
   * The Liquid text template of a compiled layout (HTML with Liquid). Static text is kept
   * HTML-escaped, like the model's values, so {@link #finish} decodes both the same way.
   */
  public String derive(String htmlWithLiquid) {
    List<String> tags = new ArrayList<>();
    Matcher m = LIQUID.matcher(htmlWithLiquid);
    StringBuilder protectedHtml = new StringBuilder(htmlWithLiquid.length());
    while (m.find()) {
      tags.add(m.group());
      m.appendReplacement(protectedHtml, "tlt" + (tags.size() - 1) + "x");
    }
    m.appendTail(protectedHtml);
    Document doc = Jsoup.parse(protectedHtml.toString());
    StringBuilder sb = new StringBuilder(htmlWithLiquid.length() / 4);
    new Walk(true).walk(doc.body(), sb, false);
    Matcher back = PLACEHOLDER.matcher(collapse(sb));
    StringBuilder out = new StringBuilder(sb.length() + 1024);
    while (back.find()) {
      int i = Integer.parseInt(back.group(1));
      back.appendReplacement(
          out, Matcher.quoteReplacement(i < tags.size() ? tags.get(i) : back.group()));
    }
    back.appendTail(out);
    return out.toString();
  }

  /**
   * The text part from a rendered derived template: each link becomes {@code label (URL)} with its
   * URL passed through {@code trackUrl}, HTML entities are decoded, spaces and blank lines tidied
   * as {@link #write} does.
   */
  public String finish(String rendered, UnaryOperator<String> trackUrl) {
    if (!Entities.onlyFive(rendered)) {
      return finishWithAnyEntities(rendered, trackUrl);
    }
    TextTidy out = new TextTidy(BREAK, rendered.length());
    int from = 0;
    int start;
    while ((start = rendered.indexOf(LINK_START, from)) >= 0) {
      int middle = rendered.indexOf(LINK_MIDDLE, start);
      int end = rendered.indexOf(LINK_END, middle);
      if (middle < 0 || end < 0) {
        break;
      }
      out.feedDecoded(rendered, from, start);
      String label = label(Entities.unescape(rendered.substring(start + 1, middle)));
      String href = Entities.unescape(rendered.substring(middle + 1, end)).strip();
      feedLink(out, label, href.isEmpty() ? href : trackUrl.apply(href));
      from = end + 1;
    }
    out.feedDecoded(rendered, from, rendered.length());
    return out.finish();
  }

  /** {@link #finish} for text with entities other than the model's five (decoded by jsoup). */
  private static String finishWithAnyEntities(String rendered, UnaryOperator<String> trackUrl) {
    StringBuilder sb = new StringBuilder(rendered.length());
    int from = 0;
    int start;
    while ((start = rendered.indexOf(LINK_START, from)) >= 0) {
      int middle = rendered.indexOf(LINK_MIDDLE, start);
      int end = rendered.indexOf(LINK_END, middle);
      if (middle < 0 || end < 0) {
        break;
      }
      sb.append(decode(rendered.substring(from, start)));
      String label = label(decode(rendered.substring(start + 1, middle)));
      String href = decode(rendered.substring(middle + 1, end)).strip();
      link(sb, label, href.isEmpty() ? href : trackUrl.apply(href));
      from = end + 1;
    }
    sb.append(decode(rendered.substring(from)));
    return tidy(sb, BREAK);
  }

  /**
   * The static whitespace of a derived template shortened the way {@link #tidy} would read it
   * anyway, so that less of it is rendered and tidied per recipient: a run of collapsible spaces
   * and breaks with k breaks becomes min(k, 2) breaks (tidy only tells one break from two or more,
   * and drops the spaces around breaks), a run without breaks one space. Liquid tags are
   * placeholders here, so only static text changes; links' URLs are left alone.
   */
  static CharSequence collapse(CharSequence in) {
    int n = in.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = in.charAt(i);
      if (c == LINK_MIDDLE) {
        // a link's URL is kept as written
        int end = i;
        while (end < n && in.charAt(end) != LINK_END) {
          end++;
        }
        out.append(in, i, end);
        i = end;
        continue;
      }
      if (c != BREAK && !isCollapsible(c)) {
        out.append(c);
        i++;
        continue;
      }
      int breaks = 0;
      while (i < n && (in.charAt(i) == BREAK || isCollapsible(in.charAt(i)))) {
        if (in.charAt(i) == BREAK) {
          breaks++;
        }
        i++;
      }
      if (breaks == 0) {
        out.append(' ');
      } else {
        out.append(BREAK);
        if (breaks > 1) {
          out.append(BREAK);
        }
      }
    }
    return out;
  }

  /**
   * A link's label on one line: breaks and line feeds are spaces, runs of spaces, tabs and no-break
   * spaces one space, the ends stripped (what the regex {@code [ \t\u00a0]+} gave, without one per
   * link).
   */
  static String label(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == BREAK || c == '\n' || c == ' ' || c == '\t' || c == '\u00a0') {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    if (space) {
      sb.append(' ');
    }
    return sb.toString().strip();
  }

  /** HTML entities decoded: the model's five quickly, any other through jsoup. */
  private static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return Entities.onlyFive(s) ? Entities.unescape(s) : Parser.unescapeEntities(s, false);
  }

  /** {@link #link} fed to the tidy stream piece by piece (no copy of the link first). */
  private static void feedLink(TextTidy out, String label, String href) {
    if (href.isBlank()) {
      out.feed(label, 0, label.length());
    } else if (label.isEmpty()) {
      out.feed(href, 0, href.length());
    } else {
      out.feed(label, 0, label.length());
      out.feed(" (", 0, 2);
      out.feed(href, 0, href.length());
      out.feed(")", 0, 1);
    }
  }

  private static void link(StringBuilder sb, String label, String href) {
    if (href.isBlank()) {
      sb.append(label);
    } else if (label.isEmpty()) {
      sb.append(href);
    } else {
      sb.append(label).append(" (").append(href).append(')');
    }
  }

  /**
   * Spaces collapsed, lines stripped, at most one blank line in a row, one final newline: what
   * jsoup's text plus line tidying gave. Only {@code newline} breaks lines; any other whitespace
   * run (a line feed inside a product title included) is one space, as in HTML.
   */
  static String tidy(CharSequence sequence, char newline) {
    String text = sequence.toString();
    int n = text.length();
    char[] in = new char[n];
    text.getChars(0, n, in, 0);
    char[] out = new char[n + 1];
    int len = 0;
    StringBuilder pending = new StringBuilder();
    int newlines = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if ((c <= ' ' || c >= 0x7f) && c == newline) {
        newlines++;
        pending.setLength(0);
      } else if ((c <= ' ' || c >= 0x7f) && isCollapsible(c)) {
        if (pending.length() == 0 || pending.charAt(pending.length() - 1) != ' ') {
          pending.append(' ');
        }
      } else if (c == '\u200b' || c == '\u00ad') {
        continue;
      } else if ((c <= ' ' || c >= 0x7f) && Character.isWhitespace(c)) {
        pending.append(c);
      } else {
        if (len > 0) {
          if (newlines > 0) {
            out[len++] = '\n';
            if (newlines >= 2) {
              out[len++] = '\n';
            }
          } else {
            pending.getChars(0, pending.length(), out, len);
            len += pending.length();
          }
        }
        pending.setLength(0);
        int j = i + 1;
        while (j < n && isPlain(in[j])) {
          j++;
        }
        System.arraycopy(in, i, out, len, j - i);
        len += j - i;
        i = j - 1;
        newlines = 0;
      }
    }
    out[len++] = '\n';
    return new String(out, 0, len);
  }

  /** Neither whitespace, a line break nor an invisible character: copied as it is. */
  static boolean isPlain(char c) {
    // ASCII (nearly all of a text) is decided by the first two comparisons
    return c > ' '
        && (c < 0x7f
            || (c != '\u00a0' && c != '\u200b' && c != '\u00ad' && !Character.isWhitespace(c)));
  }

  /** HTML's collapsible whitespace (jsoup's list), and the line feed of values. */
  static boolean isCollapsible(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
  }

  /** The DOM walk; with {@code template} set, text stays escaped and links are marked. */
  private record Walk(boolean template) {
    void walk(Node node, StringBuilder sb, boolean inLink) {
      for (Node child : node.childNodes()) {
        if (child instanceof TextNode t) {
          sb.append(text(t.text()));
        } else if (child instanceof Element e) {
          element(e, sb, inLink);
        }
      }
    }

    private String text(String s) {
      return template ? escape(s) : s;
    }

    private char br() {
      return template ? BREAK : '\n';
    }

    private void element(Element e, StringBuilder sb, boolean inLink) {
      String tag = e.normalName();
      if (isHidden(e) || tag.equals("style") || tag.equals("script") || tag.equals("head")) {
        return;
      }
      switch (tag) {
        case "br" -> sb.append(br());
        case "img" -> {
          if (!inLink && !e.attr("alt").isBlank()) {
            sb.append(text(e.attr("alt").replace('\n', ' ')));
          }
        }
        case "a" -> link(e, sb);
        case "p", "div", "tr", "h1", "h2", "h3", "h4", "li", "table" -> {
          sb.append(br());
          walk(e, sb, inLink);
          sb.append(br());
        }
        default -> walk(e, sb, inLink);
      }
    }

    private void link(Element a, StringBuilder sb) {
      String href = a.attr("href");
      StringBuilder inner = new StringBuilder();
      walk(a, inner, true);
      String label =
          SPACES
              .matcher(inner.toString().replace('\n', ' ').replace(BREAK, ' '))
              .replaceAll(" ")
              .strip();
      if (label.isEmpty()) {
        label = a.select("img[alt]").stream().map(i -> text(i.attr("alt"))).findFirst().orElse("");
      }
      if (template) {
        sb.append(LINK_START)
            .append(label)
            .append(LINK_MIDDLE)
            .append(escape(href))
            .append(LINK_END);
      } else {
        TextPartWriter.link(sb, label, href);
      }
    }
  }

  private static boolean isHidden(Element e) {
    String style = e.attr("style");
    return style.contains("display:none")
        || style.contains("display: none")
        || (e.nameIs("img") && "1".equals(e.attr("width")));
  }

  private static String escape(String s) {
    if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
      return s;
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
