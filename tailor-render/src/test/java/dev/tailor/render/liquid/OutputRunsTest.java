package dev.tailor.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.parser.v4.NodeVisitor;
import org.junit.jupiter.api.Test;

class OutputRunsTest {
  private static final TemplateParser PARSER =
      new TemplateParser.Builder()
          .withRenderTransformer(new RopeRenderTransformer(1_000_000))
          .withFilter(new TrackFilter())
          .build();

  private static final List<String> TEMPLATES =
      List.of(
          "<p>{{ a.b }} and {{ a.n }}</p>{{ a.missing }}|{{ nothing.at.all }}|{{ a.list }}",
          "{% for i in items %}<li>{{ i.title }} {{ i.price }} {{ i.tags }} {{ i.size }}</li>{% endfor %}",
          "{% for i in items limit: 1 %}{{ i.title | upcase }}-{{ i.missing | default: \"d\" }}{% else %}none{% endfor %}",
          "{% for i in numbers %}[{{ i }}|{{ i.x }}]{% endfor %}{% for i in nested %}{{ i }}{% endfor %}",
          "{% if a.n > 1 %}<b>{{ a.b }}</b>{{ a.when }}{% endif %}{% unless a.b %}x{% endunless %}",
          "{% capture c %}{{ a.b }}/{{ a.url }}{% endcapture %}<a href=\"{{ c | tailor_track }}\">{{ c }}</a>",
          "<a href=\"{{ a.url | tailor_track }}\">{{ \"https://x.example/s\" | tailor_track }}</a>{{ items.first.title }}",
          "{% for kv in a %}{{ kv[0] }}={{ kv[1] }};{% endfor %}{{ a.list.size }}{{ a.list.first }}",
          "{% for i in items offset: 1 %}{{ i.title }}{% endfor %}|{% for i in items limit: 0 %}x{% endfor %}",
          "{% for i in items offset: 5 limit: 2 %}{{ i.title }}{% endfor %}|{% for i in a.missing %}x{% endfor %}",
          "{% for i in items limit: 1 %}{{ i.title }}{% endfor %}{% for i in items offset: continue %}{{ i.title }}{% endfor %}",
          "{% for i in items reversed %}{{ i.title }}{% endfor %}{% for n in (1..3) %}{{ n }}{% endfor %}",
          "{% for i in items %}{% for t in i.tags %}{{ t }}{{ i.price }}{% endfor %}{% assign last = i.title %}{% endfor %}{{ last }}",
          "{% for c in a.b %}[{{ c }}]{% endfor %}{% for c in a.n %}[{{ c }}]{% endfor %}{% for c in nested %}{{ c }}{% endfor %}",
          "{% for i in items limit: a.n %}{{ i.title }}{% endfor %}{% for i in items limit: \"x\" offset: a.b %}{{ i.title }}{% endfor %}",
          "{% for i in items %}{{ forloop.index }}/{{ forloop.length }}{% for t in i.tags %}{{ forloop.parentloop.index }}{% endfor %}{% endfor %}",
          "{% for i in numbers %}{% if i == 2.5 %}{% break %}{% endif %}{{ i }}{% endfor %}{% for i in numbers %}{% if i == 1 %}{% continue %}{% endif %}{{ i }}{% endfor %}");

  @Test
  void aFusedTreeRendersWhatLiqpsOwnTreeRendersWithAndWithoutATracker() {
    for (boolean tracked : new boolean[] {false, true}) {
      Map<String, Object> model = model(tracked);
      for (String text : TEMPLATES) {
        assertThat(render(text, model, true)).as(text).isEqualTo(render(text, model, false));
      }
    }
  }

  @Test
  void directComparisonsOfIfTagsDecideAsLiqpDecidesForEveryPairOfValues() {
    List<Object> values =
        java.util.Arrays.asList(
            0,
            1,
            3,
            -2,
            3L,
            Long.MAX_VALUE,
            2.5,
            new BigDecimal("3.0"),
            "3",
            "",
            " ",
            "a",
            "a",
            true,
            null,
            List.of(),
            List.of("a"));
    StringBuilder text = new StringBuilder();
    for (String op : List.of(">", "<", ">=", "<=", "==", "!=")) {
      for (int i = 0; i < values.size(); i++) {
        for (int j = 0; j < values.size(); j++) {
          text.append("{% if v.x").append(i).append(' ').append(op).append(" v.x").append(j);
          text.append(" %}T{% elsif v.x").append(j).append(' ').append(op).append(" 1 %}E");
          text.append("{% else %}F{% endif %}");
        }
        text.append("{% if v.x").append(i).append(' ').append(op).append(" 2 %}t{% endif %}");
        text.append("{% if v.x").append(i).append(' ').append(op).append(" \"\" %}s{% endif %}|");
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      v.put("x" + i, values.get(i));
    }
    Map<String, Object> model = new LinkedHashMap<>(Map.of("v", v));
    String liqp = render(text.toString(), model, false);
    assertThat(render(text.toString(), model, true)).isEqualTo(liqp).contains("T", "E", "F");
    LNode root = OutputRuns.fuse(tree(PARSER.parse("{% if a.n > 1 %}x{% endif %}")));
    LNode[] tokens = (LNode[]) read(((BlockNode) root).getChildren().get(0), "tokens");
    assertThat(tokens[0]).isInstanceOf(DirectComparison.class);
  }

  @Test
  void forTagsWithoutElseBecomeListLoopsUnlessTheTemplateReadsLoopState() {
    String text = "{% for i in items limit: 1 %}{{ i.title }}{% endfor %}";
    LNode fused = OutputRuns.fuse(tree(PARSER.parse(text)), true);
    assertThat(((BlockNode) fused).getChildren()).singleElement().isInstanceOf(ListLoop.class);
    LNode kept = OutputRuns.fuse(tree(PARSER.parse(text)), false);
    assertThat(((BlockNode) kept).getChildren()).singleElement().isNotInstanceOf(ListLoop.class);
    LNode withElse =
        OutputRuns.fuse(tree(PARSER.parse("{% for i in items %}x{% else %}y{% endfor %}")), true);
    assertThat(((BlockNode) withElse).getChildren())
        .singleElement()
        .isNotInstanceOf(ListLoop.class);
  }

  private static Object read(Object o, String field) {
    try {
      java.lang.reflect.Field f = o.getClass().getDeclaredField(field);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void runsOfTextAndOutputsBecomeOneNodeAndTagsStayLiqps() {
    String text = "{% for i in items %}<li>{{ i.title }} {{ i.price }}</li>{% endfor %}";
    Map<String, Object> model = model(true);
    assertThat(render(text, model, true))
        .isEqualTo("<li>Shoe &amp; co 49.90</li><li>Sock 2</li>")
        .isEqualTo(render(text, model, false));
    LNode root = OutputRuns.fuse(tree(PARSER.parse("<p>{{ a.b }} and {{ a.n }}</p>")));
    assertThat(((BlockNode) root).getChildren()).singleElement().isInstanceOf(OutputRun.class);
  }

  private static LNode tree(Template t) {
    return new NodeVisitor(PARSER.insertions, PARSER.filters, PARSER.liquidStyleInclude)
        .visit(t.getParseTree());
  }

  private static Map<String, Object> model(boolean tracked) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("b", "B &amp; b");
    a.put("n", 3);
    a.put("url", "https://shop.example/p/1?x=1&amp;y=2");
    a.put("list", List.of("x", 2, List.of("y")));
    a.put("when", LocalDate.of(2026, 11, 26));
    Map<String, Object> item1 = new LinkedHashMap<>();
    item1.put("title", "Shoe &amp; co");
    item1.put("price", new BigDecimal("49.90"));
    item1.put("tags", List.of("a", "b"));
    Map<String, Object> item2 = new LinkedHashMap<>();
    item2.put("title", "Sock");
    item2.put("price", 2);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", a);
    m.put("items", List.of(item1, item2));
    m.put("numbers", List.of(1, 2.5, "three"));
    m.put("nested", List.of(List.of("p", "q"), new Object[] {"r", 4}));
    if (tracked) {
      m.put(LinkTracker.VARIABLE, (LinkTracker) href -> "T(" + href + ")");
    }
    return m;
  }

  private static String render(String text, Map<String, Object> model, boolean fused) {
    Template t = PARSER.parse(text);
    LNode root = tree(t);
    if (fused) {
      root = OutputRuns.fuse(root, !(text.contains("forloop") || text.contains("{% break")));
    }
    TemplateContext context = new TemplateContext(t, PARSER, new LinkedHashMap<>(model));
    return String.valueOf(
        PARSER.getRenderTransformer().transformObject(context, root.render(context)));
  }
}
