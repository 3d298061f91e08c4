package dev.tailor.app.strategy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tailor.app.cli.Output;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.decide.FillReport;
import dev.tailor.strategy.rules.CustomerFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decides for every customer of the store: their events are read in one scan, customers are decided
 * in chunks on worker threads and written in customer order, one JSON decision per line.
 */
final class AudienceRun {
  static final int CHUNK = 2_000;

  private final Store store;
  private final DecisionEngine engine;
  private final Output output;
  private final ObjectWriter json =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .writer();

  AudienceRun(Store store, DecisionEngine engine, Output output) {
    this.store = store;
    this.engine = engine;
    this.output = output;
  }

  int run(StrategyRun.Request r) {
    long start = System.nanoTime();
    Map<String, List<Event>> events = new HashMap<>();
    store
        .events()
        .scan(
            Instant.EPOCH,
            Instant.MAX,
            e -> {
              if (e.customerId().isPresent() && CustomerFacts.isRelevant(e.type())) {
                events.computeIfAbsent(e.customerId().get(), k -> new ArrayList<>()).add(e);
              }
            });
    List<Customer> customers = new ArrayList<>();
    store.customers().forEach(customers::add);
    output.note(
        String.format(
            Locale.ROOT,
            "read the events of %,d customers in %.1f s; deciding for %,d customers",
            events.size(),
            (System.nanoTime() - start) / 1e9,
            customers.size()));
    FillReport report = new FillReport();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, r.threads()));
    try (Writer w = r.dryRun() ? Writer.nullWriter() : Files.newBufferedWriter(r.out())) {
      for (int from = 0; from < customers.size(); from += CHUNK) {
        List<Future<List<Decision>>> parts = new ArrayList<>();
        int to = Math.min(customers.size(), from + CHUNK);
        int step = Math.max(1, (to - from + r.threads() - 1) / r.threads());
        for (int a = from; a < to; a += step) {
          List<Customer> part = customers.subList(a, Math.min(to, a + step));
          parts.add(pool.submit(() -> decide(part, events)));
        }
        for (Future<List<Decision>> f : parts) {
          for (Decision d : f.get()) {
            report.add(d);
            if (!r.dryRun()) {
              w.write(json.writeValueAsString(d));
              w.write('\n');
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new TailorException(ErrorCode.RUNTIME, e.getCause().toString(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (r.dryRun()) {
      StrategyRun.printReport(report, output);
    } else if (output.json()) {
      Map<String, Object> s = new java.util.LinkedHashMap<>(report.toMap());
      s.put("file", r.out().toString());
      s.put("seconds", seconds);
      output.printJson(s);
    } else {
      output.line(
          String.format(
              Locale.ROOT,
              "Wrote %s: %,d decisions in %.1f s (%,.0f customers/s)",
              r.out(),
              report.decisions(),
              seconds,
              report.decisions() / Math.max(seconds, 1e-9)));
      output.printTable(report.rows());
    }
    return 0;
  }

  private List<Decision> decide(List<Customer> part, Map<String, List<Event>> events) {
    List<Decision> out = new ArrayList<>(part.size());
    for (Customer c : part) {
      out.add(engine.decide(c.id(), c.firstName(), events.getOrDefault(c.id(), List.of())));
    }
    return out;
  }
}
