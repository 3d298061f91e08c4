package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.PipelineSettings;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.snapshot.SnapshotHeader;
import dev.tailor.reco.snapshot.TrainingConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The last step of {@code tailor demo}: the shipped weekly-picks campaign (copied with its two
 * strategies beside the demo shop, keyed by today's date, delivering to the folder {@code outbox}
 * beside the shop) run on the demo store, after training the ALS model its AI strategy needs on the
 * demo's data. Running the demo again the same day sends nobody a second email.
 */
public final class DemoCampaign {
  private static final String EXAMPLES = "/dev/tailor/app/examples/";

  /** What the demo sent, for the summary and {@code --json}. */
  public record Result(
      String campaign,
      String outbox,
      Map<String, Object> plan,
      long sent,
      List<Map<String, String>> samples) {}

  private DemoCampaign() {}

  public static Result run(
      TailorConfig config, Wiring wiring, Store store, Clock clock, Path dir, Output out) {
    trainAls(config, wiring, store, clock, out);
    Path file = copyExamples(dir, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    CampaignSpec spec = CampaignParser.parse(file);
    CampaignFiles files = CampaignFiles.load(spec);
    CampaignSetup setup = CampaignSession.setup(spec, files, store, config, wiring, clock, out);
    try (MailTransport transport = CampaignSession.transport(spec, config, clock, Map.of())) {
      CampaignRunner.Outcome o =
          new CampaignRunner(store, clock, PipelineSettings.defaults(), out::note)
              .run(setup, transport, true, file.toAbsolutePath().normalize().toString());
      long sent = 0;
      for (var c : store.messages().countByState(spec.key())) {
        sent += c.state() == MessageState.SENT ? c.count() : 0;
      }
      List<Map<String, String>> samples = new ArrayList<>();
      for (Message m :
          store
              .messages()
              .page(spec.key(), EnumSet.of(MessageState.SENT), clock.instant(), "", 5)) {
        samples.add(
            Map.of(
                "customer",
                m.customerId(),
                "variant",
                m.variant(),
                "subject",
                m.subject().orElse(""),
                "file",
                m.transportId().orElse("")));
      }
      return new Result(
          spec.key(),
          spec.delivery().path().orElse(""),
          o.plan().map(p -> p.toMap()).orElse(Map.of()),
          sent,
          samples);
    }
  }

  /** Prints the result: counts per variant, the holdout and a few sent messages. */
  public static void print(Result r, Output out) {
    out.line("Campaign " + r.campaign() + ": " + r.sent() + " emails in " + r.outbox());
    Object recipients = r.plan().get("recipients");
    out.line("  recipients per variant: " + recipients + ", held out: " + r.plan().get("held_out"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("customer", "variant", "subject", "file"));
    for (Map<String, String> s : r.samples()) {
      rows.add(List.of(s.get("customer"), s.get("variant"), s.get("subject"), s.get("file")));
    }
    out.printTable(rows);
  }

  private static void trainAls(
      TailorConfig config, Wiring wiring, Store store, Clock clock, Output out) {
    out.note("training the ALS model the weekly-picks strategy needs on the demo shop");
    TrainingData data =
        TrainingData.fromStore(store, config.reco().weights(), config.reco().window());
    Trainer trainer = Algorithms.trainer("als", AlgorithmParams.DEFAULTS);
    Model model = trainer.train(data);
    TrainingConfig training =
        new TrainingConfig(
            "als",
            AlgorithmParams.DEFAULTS,
            AlgorithmOptions.of(Map.of()),
            config.reco().weights(),
            config.reco().window());
    wiring.snapshots().save(model, SnapshotHeader.of(training, data, clock.instant(), Map.of()));
  }

  /**
   * Copies the campaign and its strategies into {@code dir}, keyed {@code weekly-picks-DATE} and
   * delivering to {@code outbox} beside {@code dir}.
   */
  private static Path copyExamples(Path dir, LocalDate day) {
    try {
      Path campaigns = dir.resolve("campaigns");
      Path strategies = dir.resolve("strategies");
      Files.createDirectories(campaigns);
      Files.createDirectories(strategies);
      for (String s : List.of("fashion-5-slot.yaml", "bestsellers-top-category.yaml")) {
        Files.writeString(strategies.resolve(s), resource("strategies/" + s));
      }
      Path outbox = dir.toAbsolutePath().normalize().resolveSibling("outbox");
      String text =
          resource("campaigns/weekly-picks.yaml")
              .replaceFirst("(?m)^key: weekly-picks$", "key: weekly-picks-" + day)
              .replaceFirst(
                  "(?m)^  dir: tailor-data/outbox$",
                  java.util.regex.Matcher.quoteReplacement("  dir: \"" + outbox + "\""));
      if (!text.contains(outbox.toString())) {
        throw new TailorException(ErrorCode.RUNTIME, "the example campaign has no outbox dir");
      }
      Path file = campaigns.resolve("weekly-picks.yaml");
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DemoCampaign.class.getResourceAsStream(EXAMPLES + name)) {
      if (in == null) {
        throw new TailorException(ErrorCode.RUNTIME, "the example " + name + " is not packaged");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
