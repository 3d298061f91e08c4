package dev.tailor.app.reco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.als.AlsTrainer;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.BatchSummary;
import dev.tailor.testkit.Fixtures;
import dev.tailor.testkit.memory.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ALS bulk export against a straightforward per-customer computation on a random shop of 600
 * customers (more than two blocks of the batch kernel, two workers).
 */
class AlsBulkExportTest {
  private static final int PRODUCTS = 12;
  private static final int N = 8;
  private static final InMemoryStore store = new InMemoryStore();
  private static final Map<String, Set<String>> bought = new HashMap<>();
  private static AlsModel als;
  private static Model popular;

  @BeforeAll
  static void aShopAModelAndBestsellers() {
    Random random = new Random(11);
    List<Event> events = new ArrayList<>();
    for (int p = 0; p < PRODUCTS; p++) {
      store.products().upsertAll(List.of(Fixtures.product("p" + p)));
    }
    for (int c = 0; c < 600; c++) {
      String id = c % 50 == 7 ? "visitor" + c : "c" + c; // visitors: events, no customer row
      if (!id.startsWith("visitor")) {
        store.customers().upsertAll(List.of(Fixtures.customer(id)));
      }
      if (c % 40 == 3) {
        continue; // a customer without any event
      }
      int views = 1 + random.nextInt(6);
      for (int v = 0; v < views; v++) {
        String p = "p" + (int) Math.min(PRODUCTS - 1, Math.abs(random.nextGaussian() * 4));
        events.add(Fixtures.view(id + "-v" + v, id, p, Fixtures.minutes(random.nextInt(1000))));
      }
      int buys = random.nextInt(5);
      for (int b = 0; b < buys; b++) {
        String p = "p" + random.nextInt(PRODUCTS);
        events.add(Fixtures.purchase(id + "-b" + b, id, p, Fixtures.minutes(random.nextInt(1000))));
        bought.computeIfAbsent(id, k -> new HashSet<>()).add(p);
      }
    }
    store.events().appendAll(events);
    TrainingData data = TrainingData.fromStore(store, WeightScheme.DEFAULTS, Optional.empty());
    als = new AlsTrainer(new AlgorithmParams(4, 8, 0.05, 10, 1, 42)).train(data);
    popular = Algorithms.trainer("popular", AlgorithmParams.DEFAULTS).train(data);
  }

  private static LinkedHashMap<String, List<String>> export(boolean excludePurchased) {
    BulkAudience audience = BulkAudience.read(store, als.users(), als.items(), excludePurchased);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary summary = new AlsBulkExport(als, popular, audience, N).write(out, 2);
    LinkedHashMap<String, List<String>> lists = new LinkedHashMap<>();
    String previous = null;
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.split(",");
      assertThat(f).hasSize(4);
      if (!f[0].equals(previous)) {
        assertThat(lists).as("%s comes in one run of rows", f[0]).doesNotContainKey(f[0]);
        lists.put(f[0], new ArrayList<>());
        previous = f[0];
      }
      assertThat(Integer.parseInt(f[1])).isEqualTo(lists.get(f[0]).size() + 1);
      lists.get(f[0]).add(f[2]);
    }
    assertThat(summary.customers()).isEqualTo(audience.customers());
    assertThat(summary.byModel() + summary.filled() + summary.byFallback() + summary.empty())
        .isEqualTo(audience.customers());
    return lists;
  }

  /** Top N of x·y above 0 outside what was bought, then bestsellers outside both. */
  private static List<String> expected(String customer, boolean excludePurchased) {
    Set<String> skip = excludePurchased ? bought.getOrDefault(customer, Set.of()) : Set.of();
    List<String> list = new ArrayList<>();
    int u = als.users().indexOf(customer);
    if (u >= 0 && !isEmptyRow(u)) {
      int f = als.factors();
      FloatBuffer x = als.userFactors();
      FloatBuffer y = als.itemFactors();
      float[] score = new float[als.items().size()];
      for (int j = 0; j < score.length; j++) {
        float s = 0;
        for (int k = 0; k < f; k++) {
          s += x.get(u * f + k) * y.get(j * f + k);
        }
        score[j] = s;
      }
      IntStream.range(0, score.length)
          .boxed()
          .filter(j -> score[j] > 0 && !skip.contains(als.items().idOf(j)))
          .sorted(Comparator.comparing((Integer j) -> -score[j]).thenComparing(j -> j))
          .limit(N)
          .forEach(j -> list.add(als.items().idOf(j)));
    }
    float[] pop = new float[popular.items().size()];
    popular.score(UserProfile.cold(customer), pop);
    IntStream.range(0, pop.length)
        .boxed()
        .filter(i -> pop[i] > 0)
        .sorted(Comparator.comparing((Integer i) -> -pop[i]).thenComparing(i -> i))
        .map(i -> popular.items().idOf(i))
        .filter(id -> !skip.contains(id) && !list.contains(id))
        .limit(Math.max(0, N - list.size()))
        .forEach(list::add);
    return list;
  }

  private static boolean isEmptyRow(int u) {
    for (int k = 0; k < als.factors(); k++) {
      if (als.userFactors().get(u * als.factors() + k) != 0) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyCustomerGetsTheModelsTopAboveZeroWithoutPurchasesCompletedByBestsellers() {
    LinkedHashMap<String, List<String>> lists = export(true);

    List<String> order = new ArrayList<>(als.users().ids());
    store
        .customers()
        .forEach(
            c -> {
              if (als.users().indexOf(c.id()) < 0) {
                order.add(c.id());
              }
            });
    assertThat(lists.keySet()).containsExactlyElementsOf(order);
    assertThat(order).contains("c3", "visitor7"); // no events but a customer; events, no row
    int filled = 0;
    for (String customer : order) {
      assertThat(lists.get(customer)).as(customer).isEqualTo(expected(customer, true));
      assertThat(lists.get(customer)).noneMatch(bought.getOrDefault(customer, Set.of())::contains);
      filled += lists.get(customer).size() == N ? 0 : 1;
    }
    assertThat(filled).as("customers whose lists run short").isLessThan(order.size() / 10);
  }

  @Test
  void withoutExclusionsPurchasesMayComeBack() {
    LinkedHashMap<String, List<String>> lists = export(false);

    boolean anyBoughtBack = false;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected(e.getKey(), false));
      anyBoughtBack |=
          e.getValue().stream().anyMatch(bought.getOrDefault(e.getKey(), Set.of())::contains);
    }
    assertThat(anyBoughtBack).isTrue();
  }
}
