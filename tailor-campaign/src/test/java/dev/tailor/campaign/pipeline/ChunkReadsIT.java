package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.store.Store;
import dev.tailor.store.Stores;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.Fixtures;
import dev.tailor.testkit.memory.InMemoryMailTransport;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chunk reads its customers' events and earlier sends in one query each: two campaigns (the
 * second leaving out what the first emailed, for the active part of the audience, decided at build
 * and at send time) give the same messages and emails on SQLite as through a store that answers
 * customer by customer, with far fewer queries.
 */
class ChunkReadsIT {
  private static final int CUSTOMERS = 400;

  @TempDir Path dir;

  /**
   * Counts the per-customer reads; with {@code oneByOne} the chunk reads go customer by customer.
   */
  private static final class Counting {
    final AtomicInteger perCustomer = new AtomicInteger();
    final AtomicInteger perChunk = new AtomicInteger();
    final Set<String> single = Set.of("recentForCustomer", "sentTo");
    final Set<String> chunked = Set.of("recentForCustomers", "sentToCustomers");

    @SuppressWarnings("unchecked")
    <T> T wrap(Class<T> type, T target, boolean oneByOne) {
      InvocationHandler h =
          (proxy, method, args) -> {
            if (single.contains(method.getName())
                && args.length == 2
                && args[0] instanceof String) {
              perCustomer.incrementAndGet();
            }
            if (chunked.contains(method.getName())) {
              perChunk.incrementAndGet();
              if (oneByOne) {
                return InvocationHandler.invokeDefault(proxy, method, args);
              }
            }
            return call(method, target, args);
          };
      return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    Store store(Store real, boolean oneByOne) {
      EventRepository events = wrap(EventRepository.class, real.events(), oneByOne);
      MessageRepository messages = wrap(MessageRepository.class, real.messages(), oneByOne);
      return (Store)
          Proxy.newProxyInstance(
              Store.class.getClassLoader(),
              new Class<?>[] {Store.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "events" -> events;
                    case "messages" -> messages;
                    default -> call(method, real, args);
                  });
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private record Outcome(List<String> messages, List<String> emails, int perCustomer) {}

  private Outcome run(String name, boolean oneByOne, String decideAt) throws Exception {
    Path folder = dir.resolve(name);
    Files.createDirectories(folder);
    Counting counting = new Counting();
    try (Store real = Stores.open("jdbc:sqlite:" + folder.resolve("t.db"))) {
      Store store = counting.store(real, oneByOne);
      FixedClock clock = FixedClock.create();
      TestShop.fill(real, CUSTOMERS);
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < CUSTOMERS; i++) {
        // a third of the customers are inactive; the others have 1..5 views
        for (int k = 0; k < i % 3 * 2 + (i % 5); k++) {
          events.add(
              Fixtures.view(
                  "e" + i + "-" + k,
                  String.format("c%04d", i),
                  String.format("P%02d", 1 + (i + k) % 30),
                  clock.instant().minus(Duration.ofDays(k + 1))));
        }
      }
      real.events().appendAll(events);
      InMemoryMailTransport transport = new InMemoryMailTransport();
      PipelineSettings settings =
          new PipelineSettings(2, 32, Duration.ofSeconds(60), 1, Duration.ofMillis(1));
      CampaignRunner runner = new CampaignRunner(store, clock, settings, s -> {});
      Path first =
          TestShop.campaignFile(
              folder.resolve("first"),
              TestShop.twoVariants(
                  "first", "audience: {active_within_days: 30}\nholdout: {share: 0.1}\n"));
      runner.run(TestShop.setup(first, store, clock), transport, true, "first.yaml");
      Path second = folder.resolve("second");
      TestShop.campaignFile(second, "");
      Files.writeString(
          second.resolve("fresh.yaml"),
          "name: fresh\nrules: {exclude_emailed: 14d}\nslots:\n"
              + "  first: {count: 2, label: First, source: {curated: [P01, P02, P03, P04, P10]}}\n"
              + "  second: {count: 1, label: Second, source: {curated: [P20, P21, P11]}}\n"
              + "  third: {count: 1, label: Third, source: {curated: [P22, P23, P24]}}\n");
      Path file =
          TestShop.campaignFile(
              second,
              "key: second\nfrequency_cap: {max: 0}\nholdout: {share: 0}\ndecide_at: "
                  + decideAt
                  + "\nvariants:\n  - {name: fresh, strategy: fresh.yaml, template: weekly-picks}\n");
      clock.advance(Duration.ofDays(1));
      runner.run(TestShop.setup(file, store, clock), transport, true, "second.yaml");
      List<String> messages = new ArrayList<>();
      for (String key : List.of("first", "second")) {
        for (Message m :
            real.messages().page(key, EnumSet.allOf(MessageState.class), Instant.MAX, "", 10_000)) {
          messages.add(
              String.join(
                  " | ",
                  m.id(),
                  m.state().wireName(),
                  m.variant(),
                  m.decision().orElse("-"),
                  m.subject().orElse("-"),
                  m.detail().orElse("-")));
        }
      }
      List<String> emails =
          transport.sent().stream().map(e -> e.messageId() + "\n" + e.html()).sorted().toList();
      return new Outcome(messages, emails, counting.perCustomer.get());
    }
  }

  @Test
  void chunkReadsGiveTheSameMessagesAsReadsCustomerByCustomer() throws Exception {
    for (String decideAt : List.of("build", "send")) {
      Outcome batched = run("batched-" + decideAt, false, decideAt);
      Outcome single = run("single-" + decideAt, true, decideAt);
      // the inactive customers (every 15th) are not in the first campaign's audience
      assertThat(batched.messages()).hasSize(2 * CUSTOMERS - CUSTOMERS / 15 - 1);
      assertThat(batched.messages()).containsExactlyElementsOf(single.messages());
      assertThat(batched.emails()).isNotEmpty().containsExactlyElementsOf(single.emails());
      assertThat(batched.perCustomer()).as(decideAt).isZero();
      assertThat(single.perCustomer()).as(decideAt).isGreaterThan(CUSTOMERS);
    }
  }
}
