package dev.tailor.app.campaign;

import dev.tailor.app.cli.CliContext;
import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorCommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.PipelineSettings;
import dev.tailor.campaign.pipeline.PlanReport;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import dev.tailor.insights.report.CampaignReport;
import dev.tailor.insights.report.CampaignReporter;
import dev.tailor.insights.report.ReportSettings;
import dev.tailor.web.dashboard.CampaignDesk;
import dev.tailor.web.dashboard.CampaignFile;
import dev.tailor.web.dashboard.CampaignPlan;
import dev.tailor.web.preview.EmailPreview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dashboard's campaigns and {@code GET /v1/preview}: campaign files of a folder (by key) and
 * stored campaigns, planned, run, previewed and reported with the same classes as {@code tailor
 * campaign plan|run|report}, and the sender settings saved in the dashboard applied.
 */
public final class DashboardCampaigns implements CampaignDesk {
  private final Wiring wiring;
  private final Store store;
  private final Path folder;
  private final Clock clock;
  private final Map<String, String> env;

  /** Setups built for previews, by what they were built from; at most {@link #CACHED} kept. */
  private final Map<String, Cached> previews = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CACHED = 4;
  private static final long CACHE_NANOS = java.time.Duration.ofMinutes(1).toNanos();

  private record Cached(CampaignSetup setup, long builtAt) {}

  /**
   * @param folder the campaigns folder: its {@code *.yaml} files can be run from the dashboard
   */
  public DashboardCampaigns(
      Wiring wiring, Store store, Path folder, Clock clock, Map<String, String> env) {
    this.wiring = wiring;
    this.store = store;
    this.folder = folder;
    this.clock = clock;
    this.env = env;
  }

  @Override
  public List<CampaignFile> files() {
    List<CampaignFile> out = new ArrayList<>();
    for (Path p : yamlFiles()) {
      try {
        CampaignSpec s = CampaignParser.parse(p);
        String to =
            s.delivery().channel().name().toLowerCase(Locale.ROOT)
                + s.delivery().path().map(x -> " " + x).orElse("");
        out.add(new CampaignFile(s.key(), s.name(), p.getFileName().toString(), to));
      } catch (TailorException e) {
        out.add(CampaignFile.invalid(p.getFileName().toString(), e.getMessage()));
      }
    }
    return out;
  }

  private List<Path> yamlFiles() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot list " + folder + ": " + e, e);
    }
  }

  /** A campaign file as parsed, with where it was read from. */
  private record Found(CampaignSpec spec, String source) {}

  /** The campaign's file in the folder, else the file it was stored with. */
  private Found find(String id) {
    Campaign.requireKey(id);
    for (Path p : yamlFiles()) {
      try {
        CampaignSpec s = CampaignParser.parse(p);
        if (s.key().equals(id)) {
          return new Found(s, p.toAbsolutePath().normalize().toString());
        }
      } catch (TailorException e) {
        // not this one
      }
    }
    Campaign c =
        store
            .campaigns()
            .findById(id)
            .orElseThrow(() -> new TailorException(ErrorCode.NOT_FOUND, "no campaign " + id));
    Path dir = Path.of(c.source()).toAbsolutePath().getParent();
    return new Found(
        CampaignParser.parse(c.spec(), c.source(), dir == null ? Path.of(".") : dir), c.source());
  }

  /** What a setup needs, with the notes it prints collected. */
  private record Built(CampaignSetup setup, TailorConfig config, ByteArrayOutputStream notes) {
    List<String> lines() {
      String s = notes.toString(StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }
  }

  private Built build(CampaignSpec spec) {
    ByteArrayOutputStream notes = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(notes, true, StandardCharsets.UTF_8);
    Output out = new TailorCommand(new CliContext(ps, ps, env, clock, false)).output();
    TailorConfig config = wiring.config();
    CampaignSetup setup =
        CampaignSession.setup(spec, CampaignFiles.load(spec), store, config, wiring, clock, out);
    return new Built(setup, config, notes);
  }

  @Override
  public CampaignPlan plan(String id) {
    Built b = build(find(id).spec());
    PlanReport r =
        new CampaignRunner(store, clock, PipelineSettings.defaults(), s -> {})
            .plan(b.setup(), false);
    Map<String, Map<String, Double>> fill = new LinkedHashMap<>();
    for (String v : r.fillTables().keySet()) {
      fill.put(v, r.fillRates(v));
    }
    return new CampaignPlan(
        id,
        r.considered(),
        r.recipients(),
        r.heldOut(),
        r.suppressed(),
        r.excluded(),
        fill,
        b.lines());
  }

  @Override
  public String run(String id) {
    Found f = find(id);
    CampaignSpec spec = f.spec();
    Built b = build(spec);
    try (MailTransport transport = CampaignSession.transport(spec, b.config(), clock, env)) {
      CampaignRunner.Outcome o =
          new CampaignRunner(store, clock, PipelineSettings.defaults(), s -> {})
              .run(b.setup(), transport, false, f.source());
      return String.format(
          Locale.ROOT,
          "%s: sent %,d, deferred %,d, failed %,d, suppressed %,d via %s",
          o.status().wireName(),
          o.delivery().count(MessageState.SENT),
          o.delivery().count(MessageState.DEFERRED),
          o.delivery().count(MessageState.FAILED),
          o.delivery().count(MessageState.SUPPRESSED),
          transport.describe());
    }
  }

  @Override
  public CampaignReport report(String id) {
    Campaign.requireKey(id);
    ReportSettings settings = wiring.config().insights().report();
    return new CampaignReporter(settings)
        .report(CampaignReportLoader.load(store, id, settings.attribution()));
  }

  @Override
  public List<String> sampleRecipients(String id, int n) {
    if (store.campaigns().findById(id).isPresent()) {
      List<String> ids =
          store.messages().page(id, EnumSet.allOf(MessageState.class), Instant.MAX, "", n).stream()
              .map(Message::customerId)
              .toList();
      if (!ids.isEmpty()) {
        return ids;
      }
    }
    return store.customers().page("", n).stream().map(c -> c.id()).toList();
  }

  @Override
  public EmailPreview preview(String campaignId, String customerId) {
    CampaignSpec spec = find(campaignId).spec();
    return CampaignPreviewer.preview(store, previewSetup(spec), customerId, clock.instant());
  }

  /**
   * A setup for previews, reused for a minute while the campaign file, the sender settings and the
   * model snapshots stay the same (building one loads every model the strategies name).
   */
  private CampaignSetup previewSetup(CampaignSpec spec) {
    StringBuilder key = new StringBuilder(spec.baseDir().toAbsolutePath().toString());
    key.append('\n').append(spec.text()).append('\n').append(store.settings().get());
    wiring.snapshots().list().forEach(i -> key.append('\n').append(i.file()));
    long now = System.nanoTime();
    Cached c = previews.get(key.toString());
    if (c != null && now - c.builtAt() < CACHE_NANOS) {
      return c.setup();
    }
    CampaignSetup setup = build(spec).setup();
    if (previews.size() >= CACHED) {
      previews.clear();
    }
    previews.put(key.toString(), new Cached(setup, now));
    return setup;
  }
}
