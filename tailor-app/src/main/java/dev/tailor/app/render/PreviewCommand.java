package dev.tailor.app.render;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.reco.Serving;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.store.Store;
import dev.tailor.reco.recommend.CustomerHistory;
import dev.tailor.reco.recommend.Exclusion;
import dev.tailor.reco.recommend.Recommender;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.template.TemplateSource;
import dev.tailor.strategy.spec.StrategySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tailor preview}: the email one subscriber would get, or every starter template. */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Render the email one subscriber would get: subject, preheader and headers on stdout, the"
          + " HTML part to --out FILE and the text part beside it (FILE.txt).",
      "Slots are filled by the strategy file --strategy F (its decision for the customer), else"
          + " from the latest trained model (tailor train). With --all-templates, every starter"
          + " template is rendered for a few customers of the store into the folder --out."
    })
public final class PreviewCommand extends TailorSubcommand implements Callable<Integer> {
  @Option(names = "--template", paramLabel = "T", description = "Starter template or file.")
  private String template;

  @Option(names = "--customer", paramLabel = "C", description = "The customer's id.")
  private String customer;

  @Option(
      names = "--strategy",
      paramLabel = "F",
      description = "Strategy file: slots from its decision.")
  private Path strategy;

  @Option(names = "--all-templates", description = "Every starter template, a few customers.")
  private boolean allTemplates;

  @Option(names = "--customers", paramLabel = "N", description = "Customers for --all (3).")
  private int sampleCustomers = 3;

  @Option(names = "--campaign", paramLabel = "ID", description = "Campaign id (preview).")
  private String campaign = "preview";

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "HTML file, or folder with --all-templates.")
  private Path out;

  @Override
  public Integer call() {
    Output output = root().output();
    if (!allTemplates && (template == null || customer == null)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "preview needs --template T and --customer C, or --all-templates");
    }
    StrategySpec spec = strategy == null ? null : DecidedContext.parse(strategy);
    TemplateSource single = allTemplates ? null : TemplateResolver.resolve(template);
    TailorConfig config = root().config();
    Wiring wiring = new Wiring(config);
    EmailRenderer renderer = new EmailRenderer(config.render());
    try (Store store = wiring.openStore()) {
      Contexts contexts;
      if (spec != null) {
        DecidedContext decided =
            DecidedContext.open(spec, config, wiring, store, root().context().clock(), output);
        contexts = c -> decided.context(c, campaign, campaign + "-" + c);
      } else {
        Serving serving = Serving.load(wiring, null);
        Recommender recommender = serving.recommender(store);
        contexts = c -> context(store, serving, recommender, c);
      }
      if (allTemplates) {
        allTemplates(store, contexts, renderer, output);
      } else {
        RenderedEmail e = renderer.render(single, contexts.of(customer));
        write(out, e);
        print(output, e, out);
      }
    }
    return 0;
  }

  /** The render input of one customer. */
  private interface Contexts {
    EmailContext of(String customerId);
  }

  private EmailContext context(
      Store store, Serving serving, Recommender recommender, String customerId) {
    Customer c = store.customers().findById(customerId).orElse(null);
    if (c == null) {
      root().output().note("customer " + customerId + " is not in the store; showing bestsellers");
      c = Customer.of(customerId);
    }
    CustomerHistory history =
        serving
            .profiles(root().config().reco().weights())
            .fromStore(store.events(), customerId, 1_000, serving.reference());
    var recs = recommender.recommend(history, 2 * RecommendedContext.PER_SLOT, Exclusion.PURCHASED);
    return RecommendedContext.build(c, recs, store, campaign, campaign + "-" + customerId);
  }

  private void allTemplates(Store store, Contexts contexts, EmailRenderer r, Output output) {
    List<Customer> customers = store.customers().page("", sampleCustomers);
    if (customers.isEmpty()) {
      throw new TailorException(ErrorCode.NOT_FOUND, "the store has no customers; import first");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("template", "customer", "subject", "file"));
    for (String name : StarterGallery.NAMES) {
      TemplateSource t = StarterGallery.get(name);
      for (Customer c : customers) {
        RenderedEmail e = r.render(t, contexts.of(c.id()));
        Path file = out.resolve(name).resolve(safe(c.id()) + ".html");
        write(file, e);
        rows.add(List.of(name, c.id(), e.subject(), file.toString()));
      }
    }
    if (output.json()) {
      output.printJson(rows);
    } else {
      output.printTable(rows);
    }
  }

  private static void write(Path html, RenderedEmail e) {
    try {
      if (html.toAbsolutePath().getParent() != null) {
        Files.createDirectories(html.toAbsolutePath().getParent());
      }
      Files.writeString(html, e.html(), StandardCharsets.UTF_8);
      Files.writeString(textFile(html), e.text(), StandardCharsets.UTF_8);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static Path textFile(Path html) {
    return html.resolveSibling(html.getFileName() + ".txt");
  }

  private static void print(Output output, RenderedEmail e, Path html) {
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("subject", e.subject());
      m.put("preheader", e.preheader());
      m.put("headers", e.headers());
      m.put("html_file", html.toString());
      m.put("text_file", textFile(html).toString());
      m.put("html_bytes", e.html().getBytes(StandardCharsets.UTF_8).length);
      output.printJson(m);
      return;
    }
    output.line("Subject: " + e.subject());
    output.line("Preheader: " + e.preheader());
    e.headers().forEach((k, v) -> output.line(k + ": " + v));
    output.line("HTML: " + html + " (" + e.html().length() / 1024 + " KB)");
    output.line("Text: " + textFile(html));
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
