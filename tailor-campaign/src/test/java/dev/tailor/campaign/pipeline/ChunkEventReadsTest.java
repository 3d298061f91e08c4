package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.store.Store;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryMailTransport;
import dev.tailor.testkit.memory.InMemoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose events and earlier sends a chunk reads: the recipients' when only the decisions need them
 * (held-out and suppressed candidates get no decision), every candidate's events in one query when
 * the send time needs them too, and never customer by customer.
 */
class ChunkEventReadsTest {
  @TempDir Path dir;

  private final InMemoryStore real = new InMemoryStore();
  private final FixedClock clock = FixedClock.create();
  private final Set<String> readInChunks = new HashSet<>();
  private final Set<String> sendsRead = new HashSet<>();
  private final AtomicInteger readOneByOne = new AtomicInteger();

  @BeforeEach
  void shop() {
    TestShop.fill(real, 200);
  }

  /** The store, its event reads recorded. */
  private Store store() {
    EventRepository events =
        (EventRepository)
            Proxy.newProxyInstance(
                EventRepository.class.getClassLoader(),
                new Class<?>[] {EventRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("recentForCustomers")) {
                    synchronized (readInChunks) {
                      for (Object id : (Collection<?>) args[0]) {
                        readInChunks.add((String) id);
                      }
                    }
                  } else if (method.getName().equals("recentForCustomer")) {
                    readOneByOne.incrementAndGet();
                  }
                  try {
                    return method.invoke(real.events(), args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    MessageRepository messages =
        (MessageRepository)
            Proxy.newProxyInstance(
                MessageRepository.class.getClassLoader(),
                new Class<?>[] {MessageRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("sentToCustomers")) {
                    synchronized (sendsRead) {
                      for (Object id : (Collection<?>) args[0]) {
                        sendsRead.add((String) id);
                      }
                    }
                  }
                  try {
                    return method.invoke(real.messages(), args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().equals("events")) {
                return events;
              }
              if (method.getName().equals("messages")) {
                return messages;
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private List<Message> run(String extra) {
    return run(extra, false);
  }

  /** Runs the campaign; with {@code excludeEmailed} its strategies leave out what was emailed. */
  private List<Message> run(String extra, boolean excludeEmailed) {
    Store store = store();
    Path file = TestShop.campaignFile(dir, TestShop.twoVariants("weekly", extra));
    if (excludeEmailed) {
      for (String name : List.of("ai.yaml", "rules.yaml")) {
        try {
          Path strategy = dir.resolve(name);
          Files.writeString(
              strategy,
              Files.readString(strategy)
                  .replace("\nslots:", "\nrules: {exclude_emailed: 14d}\nslots:"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    CampaignSetup setup = TestShop.setup(file, store, clock);
    PipelineSettings settings =
        new PipelineSettings(2, 16, Duration.ofSeconds(60), 1, Duration.ofMillis(1));
    new CampaignRunner(store, clock, settings, s -> {})
        .run(setup, new InMemoryMailTransport(), true, "campaign.yaml");
    return real.messages()
        .page("weekly", EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000);
  }

  private static Set<String> customers(List<Message> messages) {
    return messages.stream().map(Message::customerId).collect(Collectors.toSet());
  }

  @Test
  void decisionsAtBuildReadTheEventsOfTheRecipientsOnly() {
    List<Message> all = run("holdout: {share: 0.4}\n");
    List<Message> held = all.stream().filter(m -> m.state() == MessageState.HELD_OUT).toList();
    List<Message> sent = all.stream().filter(m -> m.state() == MessageState.SENT).toList();
    assertThat(held).isNotEmpty();
    assertThat(sent.size() + held.size()).isEqualTo(200);
    assertThat(readInChunks).isEqualTo(customers(sent));
    assertThat(readOneByOne).hasValue(0);
  }

  @Test
  void decisionsAtBuildReadTheEarlierSendsOfTheRecipientsOnly() {
    List<Message> all = run("holdout: {share: 0.4}\n", true);
    List<Message> sent = all.stream().filter(m -> m.state() == MessageState.SENT).toList();
    assertThat(sent.size()).isLessThan(all.size());
    assertThat(sendsRead).isEqualTo(customers(sent));
  }

  @Test
  void aSendTimeFromTheHistoryReadsEveryCandidateInOneQueryPerChunk() {
    List<Message> all =
        run("decide_at: send\nsend_time: {policy: best_hour, local_time: '09:00'}\n");
    assertThat(all).hasSize(200);
    assertThat(readInChunks).isEqualTo(customers(all));
    assertThat(readOneByOne).hasValue(0);
  }
}
