package dev.tailor.render.text;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the plain-text part from the HTML part: visible text in reading order, block elements on
 * their own lines, and every link kept as {@code text (URL)}. Hidden elements (the preheader) and
 * images without alt text are left out.
 */
public final class TextPartWriter {
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

  /** The text part of this HTML. */
  public String write(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder sb = new StringBuilder(html.length() / 4);
    walk(doc.body(), sb, false);
    String text = SPACES.matcher(sb.toString()).replaceAll(" ");
    text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip() + "\n";
  }

  private void walk(Node node, StringBuilder sb, boolean inLink) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e) {
        element(e, sb, inLink);
      }
    }
  }

  private void element(Element e, StringBuilder sb, boolean inLink) {
    String tag = e.normalName();
    if (isHidden(e) || tag.equals("style") || tag.equals("script") || tag.equals("head")) {
      return;
    }
    switch (tag) {
      case "br" -> sb.append('\n');
      case "img" -> {
        if (!inLink && !e.attr("alt").isBlank()) {
          sb.append(e.attr("alt"));
        }
      }
      case "a" -> link(e, sb);
      case "p", "div", "tr", "h1", "h2", "h3", "h4", "li", "table" -> {
        sb.append('\n');
        walk(e, sb, inLink);
        sb.append('\n');
      }
      default -> walk(e, sb, inLink);
    }
  }

  private void link(Element a, StringBuilder sb) {
    String href = a.attr("href");
    StringBuilder inner = new StringBuilder();
    walk(a, inner, true);
    String label = SPACES.matcher(inner.toString().replace('\n', ' ')).replaceAll(" ").strip();
    if (label.isEmpty()) {
      label = a.select("img[alt]").stream().map(i -> i.attr("alt")).findFirst().orElse("");
    }
    if (href.isBlank()) {
      sb.append(label);
    } else if (label.isEmpty()) {
      sb.append(href);
    } else {
      sb.append(label).append(" (").append(href).append(')');
    }
  }

  private static boolean isHidden(Element e) {
    String style = e.attr("style");
    return style.contains("display:none")
        || style.contains("display: none")
        || (e.nameIs("img") && "1".equals(e.attr("width")));
  }
}
