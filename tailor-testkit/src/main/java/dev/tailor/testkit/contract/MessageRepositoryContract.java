package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.core.campaign.StateCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@link MessageRepository} contract, including compare-and-set under concurrency. */
public abstract class MessageRepositoryContract extends StoreContractSupport {
  private static final Set<MessageState> OPEN = EnumSet.of(MessageState.PLANNED);

  private MessageRepository messages() {
    return store.messages();
  }

  static Message message(String id, String campaign, String customer, Instant sendAt) {
    return Message.planned(
        id,
        campaign,
        customer,
        "ai",
        false,
        MessageState.PLANNED,
        sendAt,
        Optional.empty(),
        Optional.empty(),
        minutes(0));
  }

  @Test
  public void aPlannedMessageReadsBack() {
    Message m =
        Message.planned(
            "m1",
            "weekly",
            "c1",
            "holdout",
            true,
            MessageState.HELD_OUT,
            minutes(5),
            Optional.of("{\"slots\":[]}"),
            Optional.of("holdout"),
            minutes(1));
    assertThat(messages().planAll(List.of(m))).isEqualTo(1);
    assertThat(messages().findById("m1")).contains(m);
    assertThat(messages().findById("m2")).isEmpty();
    assertThat(messages().count()).isEqualTo(1);
  }

  @Test
  public void planningTheSameRecipientsAgainStoresNothing() {
    assertThat(
            messages()
                .planAll(
                    List.of(
                        message("m1", "w", "c1", minutes(0)),
                        message("m2", "w", "c2", minutes(0)))))
        .isEqualTo(2);
    assertThat(
            messages()
                .planAll(
                    List.of(
                        message("m1", "w", "c1", minutes(0)),
                        message("m9", "w", "c2", minutes(0)),
                        message("m3", "w", "c3", minutes(0)))))
        .isEqualTo(1);
    assertThat(messages().count()).isEqualTo(3);
    assertThat(messages().findById("m9")).isEmpty();
  }

  @Test
  public void aBatchWithANullElementStoresNothing() {
    assertRejected(
        () -> messages().planAll(Arrays.asList(message("m1", "w", "c1", minutes(0)), null)));
    assertThat(messages().count()).isZero();
  }

  @Test
  public void pagesAreInIdOrderByStateCampaignAndDueTime() {
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      all.add(message("m" + i, "w", "c" + i, minutes(i)));
    }
    all.add(message("x1", "other", "c1", minutes(0)));
    messages().planAll(all);
    messages()
        .transition(
            List.of(MessageUpdate.of("m3", MessageState.PLANNED, MessageState.SENT, minutes(1))));
    List<Message> first = messages().page("w", OPEN, minutes(6), "", 3);
    assertThat(first).extracting(Message::id).containsExactly("m0", "m1", "m2");
    List<Message> next = messages().page("w", OPEN, minutes(6), "m2", 3);
    assertThat(next).extracting(Message::id).containsExactly("m4", "m5", "m6");
    assertThat(messages().page("w", OPEN, minutes(6), "m6", 3)).isEmpty();
    assertThat(messages().page("w", EnumSet.of(MessageState.SENT), minutes(100), "", 10))
        .extracting(Message::id)
        .containsExactly("m3");
    assertThat(messages().nextDue("w", OPEN)).contains(minutes(0));
    assertThat(messages().nextDue("w", EnumSet.of(MessageState.FAILED))).isEmpty();
  }

  @Test
  public void aTransitionAppliesOnlyFromTheExpectedStateAndKeepsUnsetFields() {
    messages().planAll(List.of(message("m1", "w", "c1", minutes(0))));
    MessageUpdate render =
        new MessageUpdate(
            "m1",
            MessageState.PLANNED,
            MessageState.RENDERED,
            minutes(1),
            Optional.of("{\"d\":1}"),
            Optional.of("Your picks"),
            Optional.empty(),
            Optional.empty());
    assertThat(messages().transition(List.of(render))).containsExactly("m1");
    assertThat(messages().transition(List.of(render))).isEmpty();
    MessageUpdate sent =
        new MessageUpdate(
            "m1",
            MessageState.RENDERED,
            MessageState.SENT,
            minutes(2),
            Optional.empty(),
            Optional.empty(),
            Optional.of("outbox/m1.eml"),
            Optional.empty());
    assertThat(
            messages()
                .transition(
                    List.of(
                        sent,
                        MessageUpdate.of(
                            "nope", MessageState.PLANNED, MessageState.SENT, minutes(2)))))
        .containsExactly("m1");
    Message m = messages().findById("m1").orElseThrow();
    assertThat(m.state()).isEqualTo(MessageState.SENT);
    assertThat(m.decision()).contains("{\"d\":1}");
    assertThat(m.subject()).contains("Your picks");
    assertThat(m.transportId()).contains("outbox/m1.eml");
    assertThat(m.sentAt()).contains(minutes(2));
    assertThat(m.updatedAt()).isEqualTo(minutes(2));
    assertThat(m.createdAt()).isEqualTo(minutes(0));
  }

  @Test
  public void concurrentClaimsLetExactlyOneWorkerWinEachMessage() throws Exception {
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(message(String.format("m%03d", i), "w", "c" + i, minutes(0)));
    }
    messages().planAll(all);
    int workers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentHashMap<String, Integer> wins = new ConcurrentHashMap<>();
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int from = 0; from < all.size(); from += 25) {
                  List<MessageUpdate> claims = new ArrayList<>();
                  for (Message m : all.subList(from, from + 25)) {
                    claims.add(
                        MessageUpdate.of(
                            m.id(), MessageState.PLANNED, MessageState.SENDING, minutes(1)));
                  }
                  messages().transition(claims).forEach(id -> wins.merge(id, 1, Integer::sum));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(wins).hasSize(200);
    assertThat(wins.values()).containsOnly(1);
  }

  @Test
  public void countsGroupByVariantHoldoutAndState() {
    messages()
        .planAll(
            List.of(
                message("m1", "w", "c1", minutes(0)),
                message("m2", "w", "c2", minutes(0)),
                Message.planned(
                    "m3",
                    "w",
                    "c3",
                    "holdout",
                    true,
                    MessageState.HELD_OUT,
                    minutes(0),
                    Optional.empty(),
                    Optional.empty(),
                    minutes(0)),
                message("x1", "other", "c1", minutes(0))));
    messages()
        .transition(
            List.of(MessageUpdate.of("m1", MessageState.PLANNED, MessageState.SENT, minutes(1))));
    assertThat(messages().countByState("w"))
        .containsExactlyInAnyOrder(
            new StateCount("ai", false, MessageState.PLANNED, 1),
            new StateCount("ai", false, MessageState.SENT, 1),
            new StateCount("holdout", true, MessageState.HELD_OUT, 1));
  }

  @Test
  public void sentSinceCountsSendsAcrossCampaignsFromTheGivenTime() {
    messages()
        .planAll(
            List.of(
                message("a1", "w1", "c1", minutes(0)),
                message("a2", "w2", "c1", minutes(0)),
                message("a3", "w3", "c1", minutes(0)),
                message("b1", "w1", "c2", minutes(0)),
                message("d1", "w1", "c3", minutes(0))));
    messages()
        .transition(
            List.of(
                MessageUpdate.of("a1", MessageState.PLANNED, MessageState.SENT, minutes(10)),
                MessageUpdate.of("a2", MessageState.PLANNED, MessageState.SENT, minutes(20)),
                MessageUpdate.of("a3", MessageState.PLANNED, MessageState.SENT, minutes(5)),
                MessageUpdate.of("b1", MessageState.PLANNED, MessageState.SENT, minutes(30)),
                MessageUpdate.of("d1", MessageState.PLANNED, MessageState.FAILED, minutes(30))));
    assertThat(messages().sentSince(List.of("c1", "c2", "c3", "c4"), minutes(10)))
        .containsOnly(java.util.Map.entry("c1", 2), java.util.Map.entry("c2", 1));
    assertThat(messages().sentSince(List.of(), minutes(0))).isEmpty();
    assertThat(messages().sentTo("c1", minutes(10)))
        .extracting(Message::id)
        .containsExactly("a1", "a2");
    assertThat(messages().sentTo("c3", minutes(0))).isEmpty();
    assertThat(messages().sentTo("nobody", minutes(0))).isEmpty();
  }

  @Test
  public void sentToCustomersGivesEachCustomerWhatSentToGives() {
    List<Message> planned = new ArrayList<>();
    List<MessageUpdate> moves = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      planned.add(message("m" + i, "w" + (i % 3), "c" + (i % 5), minutes(0)));
      MessageState next = i % 7 == 0 ? MessageState.FAILED : MessageState.SENT;
      moves.add(MessageUpdate.of("m" + i, MessageState.PLANNED, next, minutes(40 - i)));
    }
    messages().planAll(planned);
    messages().transition(moves);
    List<String> ids = List.of("c4", "c0", "c1", "nobody", "c0", "c2", "c3");
    for (int since : new int[] {0, 15, 35, 100}) {
      var all = messages().sentToCustomers(ids, minutes(since));
      assertThat(all).containsOnlyKeys("c0", "c1", "c2", "c3", "c4", "nobody");
      for (String id : all.keySet()) {
        assertThat(all.get(id))
            .as(id + " since " + since)
            .containsExactlyElementsOf(messages().sentTo(id, minutes(since)));
      }
    }
    assertThat(messages().sentToCustomers(List.of("c1"), minutes(0)).get("c1")).isNotEmpty();
    assertThat(messages().sentToCustomers(List.of(), minutes(0))).isEmpty();
  }
}
