package dev.tailor.bench;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.layout.MjmlLayoutCompiler;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import dev.tailor.render.template.TemplateSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-recipient rendering of the 5-slot weekly-picks template on a compiled layout (Liquid, link
 * signing, open pixel, and with or without the text part), and the MJML compile per starter
 * template. Run: {@code java -jar tailor-bench/target/benchmarks.jar RenderBenchmark -t 2}.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {

  /** Renderer and 1,000 distinct recipients, each with 5 slots of 4 products. */
  @State(Scope.Benchmark)
  public static class Recipients {
    EmailRenderer renderer;
    TemplateSource template;
    List<EmailContext> contexts;
    final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() {
      renderer =
          new EmailRenderer(
              RenderConfig.of(
                  "https://t.shop.example",
                  "benchmark-signing-key-0123456789",
                  "news@shop.example",
                  "Shop Example Ltd, 1 Market Street, Springfield"));
      template = StarterGallery.get("weekly-picks");
      renderer.compile(template);
      contexts = new ArrayList<>();
      for (int r = 0; r < 1000; r++) {
        contexts.add(recipient(r));
      }
    }

    EmailContext nextContext() {
      return contexts.get(Math.floorMod(next.getAndIncrement(), contexts.size()));
    }
  }

  /** The MJML compiler and one starter template. */
  @State(Scope.Benchmark)
  public static class Layouts {
    @Param({
      "weekly-picks",
      "abandoned-cart",
      "browse-abandonment",
      "post-purchase",
      "win-back",
      "welcome"
    })
    public String template;

    TemplateSource source;
    final MjmlLayoutCompiler compiler = new MjmlLayoutCompiler();

    @Setup(Level.Trial)
    public void setUp() {
      source = StarterGallery.get(template);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public RenderedEmail renderEmail(Recipients s) {
    return s.renderer.render(s.template, s.nextContext());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public String renderHtmlOnly(Recipients s) {
    return s.renderer.renderHtml(s.template, s.nextContext());
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object compileMjml(Layouts l) {
    return l.compiler.compileNow(l.source, "bench");
  }

  static EmailContext recipient(int r) {
    String[] names = {
      "picked_for_you", "trending", "because_you_viewed", "new_arrivals", "bestsellers"
    };
    List<Slot> slots = new ArrayList<>();
    for (int s = 0; s < names.length; s++) {
      List<SlotItem> items = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        int id = (r * 7 + s * 4 + i) % 400;
        items.add(new SlotItem(product(id), 1.0 - i * 0.1, "itemknn"));
      }
      slots.add(new Slot(names[s], "Slot " + names[s], "Because you viewed item " + r, items));
    }
    Customer c =
        Customer.builder("c" + r).firstName("Name" + r).email("c" + r + "@x.example").build();
    return new EmailContext(c, "bench", "m-" + r, slotsByName(slots), Map.of(), r % 2, Map.of());
  }

  private static Map<String, Slot> slotsByName(List<Slot> slots) {
    Map<String, Slot> m = new java.util.LinkedHashMap<>();
    slots.forEach(s -> m.put(s.name(), s));
    return m;
  }

  private static Product product(int id) {
    return Product.builder("p" + id)
        .title("Product number " + id + " & friends")
        .category(List.of("Shoes", "Running"))
        .price(new BigDecimal("49.90"))
        .currency("EUR")
        .url("https://shop.example/p/" + id)
        .imageUrl("https://img.shop.example/" + id + ".jpg")
        .build();
  }
}
