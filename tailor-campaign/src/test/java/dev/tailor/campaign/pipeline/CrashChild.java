package dev.tailor.campaign.pipeline;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.store.Store;
import dev.tailor.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The process the crash test kills: {@code run|resume DB_URL DIR} runs or resumes (runs when not
 * yet recorded) the campaign in {@code DIR/campaign.yaml} on the store at {@code DB_URL},
 * delivering to a {@link FileOutbox} in {@code DIR}. Exits 0 when the campaign is done.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    String mode = args[0];
    Path dir = Path.of(args[2]);
    Clock clock = Clock.systemUTC();
    try (Store store = Stores.open(args[1])) {
      CampaignSetup setup = TestShop.setup(dir.resolve("campaign.yaml"), store, clock);
      PipelineSettings settings =
          new PipelineSettings(2, 32, Duration.ofSeconds(60), 0, Duration.ZERO);
      CampaignRunner runner = new CampaignRunner(store, clock, settings, System.err::println);
      FileOutbox outbox = new FileOutbox(dir, 2);
      boolean planned = store.campaigns().findById(setup.spec().key()).isPresent();
      CampaignRunner.Outcome o =
          mode.equals("run") || !planned
              ? runner.run(setup, outbox, true, dir.resolve("campaign.yaml").toString())
              : runner.resume(setup, outbox, true);
      System.out.println("status " + o.status().wireName());
      System.exit(o.status().wireName().equals("done") ? 0 : 3);
    }
  }
}
