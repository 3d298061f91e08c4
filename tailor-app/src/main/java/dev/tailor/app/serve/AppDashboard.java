package dev.tailor.app.serve;

import dev.tailor.app.campaign.SenderSettings;
import dev.tailor.app.cli.CliContext;
import dev.tailor.app.cli.TailorCli;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.event.TimeRange;
import dev.tailor.core.store.Store;
import dev.tailor.insights.datacheck.DataCheckReport;
import dev.tailor.insights.datacheck.DataWarning;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.snapshot.SnapshotHeader;
import dev.tailor.reco.snapshot.SnapshotInfo;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.decision.DecisionAdapter;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import dev.tailor.web.api.Recommendation;
import dev.tailor.web.dashboard.CampaignDesk;
import dev.tailor.web.dashboard.DashboardBackend;
import dev.tailor.web.dashboard.DataHealth;
import dev.tailor.web.dashboard.ModelRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The dashboard's data over the store, the snapshots, the strategies folder and the templates. */
public final class AppDashboard implements DashboardBackend {
  /** Days of events shown in the chart, back from the newest event. */
  static final int CHART_DAYS = 60;

  private final Wiring wiring;
  private final Store store;
  private final StrategyFolder folder;
  private final LiveRecommendations recommendations;
  private final Clock clock;
  private final Map<String, String> env;
  private final Optional<CampaignDesk> campaigns;

  public AppDashboard(
      Wiring wiring,
      Store store,
      StrategyFolder folder,
      LiveRecommendations recommendations,
      Clock clock,
      Map<String, String> env) {
    this(wiring, store, folder, recommendations, clock, env, Optional.empty());
  }

  /** With the campaigns the dashboard plans, runs, previews and reports. */
  public AppDashboard(
      Wiring wiring,
      Store store,
      StrategyFolder folder,
      LiveRecommendations recommendations,
      Clock clock,
      Map<String, String> env,
      Optional<CampaignDesk> campaigns) {
    this.wiring = wiring;
    this.store = store;
    this.folder = folder;
    this.recommendations = recommendations;
    this.clock = clock;
    this.env = env;
    this.campaigns = campaigns;
  }

  @Override
  public Optional<CampaignDesk> campaigns() {
    return campaigns;
  }

  @Override
  public DataHealth dataHealth() {
    DataCheckReport r = wiring.dataCheck().run(store);
    List<DataHealth.Fact> facts = new ArrayList<>();
    facts.add(fact("Events", r.events()));
    facts.add(
        new DataHealth.Fact("First event", r.firstEvent().map(Instant::toString).orElse("—")));
    facts.add(new DataHealth.Fact("Last event", r.lastEvent().map(Instant::toString).orElse("—")));
    facts.add(fact("Days of history", r.daysOfHistory()));
    new TreeMap<>(r.eventsByType()).forEach((k, v) -> facts.add(fact("Events: " + k, v)));
    facts.add(fact("Customers", r.customers()));
    facts.add(fact("Subscribed", r.subscribed()));
    facts.add(fact("Linked anonymous visitors", r.identities()));
    facts.add(fact("Product interactions", r.interactions().interactions()));
    facts.add(
        fact(
            "Customers with at least " + r.interactions().threshold() + " interactions",
            r.interactions().customersWithEnough()));
    facts.add(fact("Customers without history", r.customersWithoutHistory()));
    facts.add(fact("Products", r.catalog().products()));
    facts.add(fact("Products out of stock", r.catalog().outOfStock()));
    facts.add(fact("Products without image", r.catalog().missingImage()));
    List<String> warnings = r.warnings().stream().map(DataWarning::message).toList();
    return new DataHealth(facts, warnings, eventsPerDay());
  }

  private static DataHealth.Fact fact(String label, long value) {
    return new DataHealth.Fact(label, String.format(Locale.ROOT, "%,d", value));
  }

  /** Events per UTC day over the last {@link #CHART_DAYS} days of data, gaps as zero. */
  List<DataHealth.DayCount> eventsPerDay() {
    Optional<TimeRange> range = store.events().timeRange();
    if (range.isEmpty()) {
      return List.of();
    }
    LocalDate last = LocalDate.ofInstant(range.get().last(), ZoneOffset.UTC);
    LocalDate first = last.minusDays(CHART_DAYS - 1L);
    long[] counts = new long[CHART_DAYS];
    store
        .events()
        .scan(
            first.atStartOfDay().toInstant(ZoneOffset.UTC),
            last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            e -> {
              long d =
                  ChronoUnit.DAYS.between(
                      first, LocalDate.ofInstant(e.timestamp(), ZoneOffset.UTC));
              if (d >= 0 && d < CHART_DAYS) {
                counts[(int) d]++;
              }
            });
    List<DataHealth.DayCount> out = new ArrayList<>();
    for (int i = 0; i < CHART_DAYS; i++) {
      out.add(new DataHealth.DayCount(first.plusDays(i), counts[i]));
    }
    return out;
  }

  @Override
  public List<ModelRow> models() {
    List<ModelRow> rows = new ArrayList<>();
    for (SnapshotInfo i : wiring.snapshots().list()) {
      if (i.header().isEmpty()) {
        continue;
      }
      SnapshotHeader h = i.header().get();
      rows.add(
          new ModelRow(
              i.algorithm(),
              i.version(),
              h.createdAt(),
              h.data().customers(),
              h.data().products(),
              h.metrics()));
    }
    rows.sort(Comparator.comparing(ModelRow::createdAt).reversed());
    return rows;
  }

  @Override
  public List<String> algorithms() {
    return Algorithms.names();
  }

  /**
   * Runs {@code tailor train --algorithm A} in-process on this store (so the snapshot gets the same
   * config hash, window and holdout metrics as from the command line); returns what it printed.
   */
  @Override
  public synchronized String train(String algorithm) {
    if (!Algorithms.isKnown(algorithm)) {
      throw new TailorException(ErrorCode.BAD_INPUT, "unknown algorithm: " + algorithm);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code =
          TailorCli.run(
              new CliContext(o, e, env, clock, false),
              "train",
              "--algorithm",
              algorithm,
              "--db",
              wiring.config().store().url());
    }
    String printed = out.toString(StandardCharsets.UTF_8).strip();
    if (code != 0) {
      throw new TailorException(
          code == TailorCli.BAD_INPUT ? ErrorCode.BAD_INPUT : ErrorCode.RUNTIME,
          "training " + algorithm + " failed: " + err.toString(StandardCharsets.UTF_8).strip());
    }
    return "Trained " + algorithm + ". " + printed.replace('\n', ' ');
  }

  @Override
  public List<String> strategies() {
    return folder.names();
  }

  @Override
  public String strategyText(String name) {
    return folder.read(name);
  }

  @Override
  public List<String> validateStrategy(String yaml) {
    try {
      StrategyParser.parse(yaml, "strategy");
      return List.of();
    } catch (TailorException e) {
      return List.of(e.getMessage());
    }
  }

  @Override
  public void saveStrategy(String name, String yaml) {
    List<String> errors = validateStrategy(yaml);
    if (!errors.isEmpty()) {
      throw new TailorException(ErrorCode.BAD_INPUT, String.join("; ", errors));
    }
    folder.write(name, yaml);
  }

  @Override
  public Recommendation previewStrategy(String yaml, String customerId, int n) {
    StrategySpec spec = StrategyParser.parse(yaml, "strategy");
    var engine = recommendations.strategies().preview(spec);
    Optional<Customer> customer = store.customers().findById(customerId);
    Decision d =
        engine.decide(
            customerId,
            customer.flatMap(Customer::firstName),
            store.events().recentForCustomer(customerId, LiveRecommendations.HISTORY));
    List<String> notes = new ArrayList<>();
    if (customer.isEmpty()) {
      notes.add("customer " + customerId + " is not in the store");
    }
    return LiveRecommendations.toRecommendation(
        d, Optional.of(spec.name()), List.of(), Optional.empty(), n, engine.catalog(), notes);
  }

  @Override
  public List<String> templates() {
    return StarterGallery.NAMES;
  }

  @Override
  public String previewEmail(String template, String customerId, Optional<String> strategy) {
    String name =
        strategy.orElseGet(
            () ->
                folder.names().stream()
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new TailorException(
                                ErrorCode.NOT_FOUND,
                                "the strategies folder holds no strategy to decide the email's"
                                    + " slots")));
    var engine = recommendations.strategies().get(name).engine();
    Customer customer = store.customers().findById(customerId).orElse(Customer.of(customerId));
    Decision d =
        engine.decide(
            customerId,
            customer.firstName(),
            store.events().recentForCustomer(customerId, LiveRecommendations.HISTORY));
    var ctx =
        DecisionAdapter.toEmailContext(
            d, customer, engine.catalog(), "preview", "preview-" + customerId);
    return new EmailRenderer(
            SenderSettings.render(wiring.config().render(), store.settings().get()))
        .render(StarterGallery.get(template), ctx)
        .html();
  }

  @Override
  public List<String> sampleCustomers(int n) {
    return store.customers().page("", n).stream().map(Customer::id).toList();
  }
}
