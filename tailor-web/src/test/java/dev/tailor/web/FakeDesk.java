package dev.tailor.web;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.store.Store;
import dev.tailor.insights.report.CampaignReport;
import dev.tailor.web.dashboard.CampaignDesk;
import dev.tailor.web.dashboard.CampaignFile;
import dev.tailor.web.dashboard.CampaignPlan;
import dev.tailor.web.preview.EmailPreview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A campaign desk over a store: one campaign file {@code spring}; a plan waits for {@link
 * #planGate} (open by default) and fails when {@link #broken}; a run plans two messages, waits for
 * {@link #release}, then marks them sent; previews show the customer's id.
 */
final class FakeDesk implements CampaignDesk {
  static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

  private final Store store;
  final CountDownLatch release = new CountDownLatch(1);

  /** A plan waits for this first (open unless a test closes it). */
  volatile CountDownLatch planGate = new CountDownLatch(0);

  final List<String> runs = new ArrayList<>();
  volatile boolean broken;

  FakeDesk(Store store) {
    this.store = store;
  }

  @Override
  public List<CampaignFile> files() {
    return List.of(
        new CampaignFile("spring", "Spring <sale>", "spring.yaml", "outbox out"),
        CampaignFile.invalid("broken.yaml", "broken.yaml: variants: required"));
  }

  @Override
  public CampaignPlan plan(String id) {
    known(id);
    try {
      if (!planGate.await(10, TimeUnit.SECONDS)) {
        throw new TailorException(ErrorCode.RUNTIME, "the test never let the plan finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted");
    }
    if (broken) {
      throw new TailorException(ErrorCode.BAD_INPUT, "s.yaml: slots: required");
    }
    return new CampaignPlan(
        id,
        10,
        Map.of("a", 7L),
        1,
        Map.of("unsubscribed", 2L),
        Map.of("no_email", 1L),
        Map.of("a", Map.of("hero", 1.0, "picks", 0.5)),
        List.of());
  }

  @Override
  public String run(String id) {
    known(id);
    synchronized (runs) {
      runs.add(id);
    }
    if (broken) {
      throw new TailorException(ErrorCode.CONFIG, "delivery.channel smtp needs an SMTP server");
    }
    Variant v = new Variant("a", 1, "s.yaml", "t", List.of());
    store
        .campaigns()
        .save(
            new Campaign(
                id, "Spring", CampaignStatus.SENDING, List.of(v), 0, "key: spring", "f", AT, AT));
    List<Message> planned = new ArrayList<>();
    for (String c : List.of("c1", "c2")) {
      planned.add(
          Message.planned(
              "m-" + c,
              id,
              c,
              "a",
              false,
              MessageState.PLANNED,
              AT,
              Optional.empty(),
              Optional.empty(),
              AT));
    }
    store.messages().planAll(planned);
    try {
      if (!release.await(10, TimeUnit.SECONDS)) {
        throw new TailorException(ErrorCode.RUNTIME, "not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted");
    }
    if (broken) {
      throw new TailorException(ErrorCode.BAD_INPUT, "s.yaml: slots: required");
    }
    List<MessageUpdate> sent = new ArrayList<>();
    for (Message m : planned) {
      sent.add(MessageUpdate.of(m.id(), MessageState.PLANNED, MessageState.SENT, AT));
    }
    store.messages().transition(sent);
    store.campaigns().updateStatus(id, CampaignStatus.SENDING, CampaignStatus.DONE, AT);
    return "sent 2";
  }

  @Override
  public CampaignReport report(String id) {
    throw new TailorException(ErrorCode.NOT_FOUND, "campaign " + id + " has no sent messages yet");
  }

  @Override
  public List<String> sampleRecipients(String id, int n) {
    return List.of("c1", "c2");
  }

  @Override
  public EmailPreview preview(String campaignId, String customerId) {
    known(campaignId);
    boolean holdout = customerId.equals("held");
    return new EmailPreview(
        campaignId,
        customerId,
        "m-" + customerId,
        holdout ? "holdout" : "a",
        holdout,
        Optional.empty(),
        !holdout,
        holdout ? Optional.of("holdout: no email") : Optional.empty(),
        holdout ? Optional.empty() : Optional.of("Hello " + customerId),
        holdout ? Optional.empty() : Optional.of("Picks"),
        holdout ? Optional.empty() : Optional.of("<p>email of " + customerId + "</p>"),
        holdout ? Optional.empty() : Optional.of("email of " + customerId),
        holdout ? "null" : "{\"slots\":[]}");
  }

  private static void known(String id) {
    if (!id.equals("spring")) {
      throw new TailorException(ErrorCode.NOT_FOUND, "no campaign " + id);
    }
  }
}
