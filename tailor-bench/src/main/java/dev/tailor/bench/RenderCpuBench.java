package dev.tailor.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CPU time per email of {@link RenderBenchmark#renderEmail} (the weekly-picks template, 5 slots of
 * 4 products, 1,000 recipients): the whole process's CPU time (render workers, GC and JIT included)
 * divided by the emails rendered, after a warm-up. On a shared machine this is steadier than
 * throughput, which other processes' load lowers; emails/s per core is 1 s / CPU per email. Prints
 * one JSON line per round.
 *
 * <p>{@code java -cp tailor-bench/target/benchmarks.jar dev.tailor.bench.RenderCpuBench [--threads
 * 2] [--emails 20000] [--rounds 5] [--html-only]}
 *
 * <p>{@code --dump FILE} instead writes every email of the 1,000 recipients (subject, preheader,
 * headers, HTML, text) to FILE, one after the other, and measures nothing: two builds that render
 * the same emails write the same bytes ({@code cmp}).
 */
public final class RenderCpuBench {
  private RenderCpuBench() {}

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, "html-only");
    int threads = o.integer("threads", 2);
    int emails = o.integer("emails", 20_000);
    int rounds = o.integer("rounds", 5);
    boolean htmlOnly = o.flag("html-only");
    RenderBenchmark.Recipients state = new RenderBenchmark.Recipients();
    state.setUp();
    String dump = o.text("dump", null);
    if (dump != null) {
      dump(state, java.nio.file.Path.of(dump));
      return;
    }
    RenderBenchmark bench = new RenderBenchmark();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, threads, emails, bench, state, htmlOnly); // warm-up
      for (int r = 1; r <= rounds; r++) {
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        run(pool, threads, emails, bench, state, htmlOnly);
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.println(
            String.format(
                Locale.ROOT,
                "{\"round\":%d,\"threads\":%d,\"emails\":%d,\"html_only\":%b,"
                    + "\"cpu_us_per_email\":%.1f,\"emails_per_cpu_second\":%.0f,"
                    + "\"wall_emails_per_s\":%.0f,\"load_average\":%.2f}",
                r,
                threads,
                emails,
                htmlOnly,
                cpu / 1e3 / emails,
                emails * 1e9 / cpu,
                emails * 1e9 / wall,
                os.getSystemLoadAverage()));
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Every recipient's email, in order, as text. */
  private static void dump(RenderBenchmark.Recipients state, java.nio.file.Path file)
      throws java.io.IOException {
    try (java.io.Writer w =
        java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      for (int i = 0; i < state.contexts.size(); i++) {
        dev.tailor.render.model.RenderedEmail e =
            state.renderer.render(state.template, state.contexts.get(i));
        w.write("=== recipient " + i + "\nSubject: " + e.subject() + "\nPreheader: ");
        w.write(e.preheader() + "\n");
        for (Map.Entry<String, String> h : new java.util.TreeMap<>(e.headers()).entrySet()) {
          w.write(h.getKey() + ": " + h.getValue() + "\n");
        }
        w.write("--- html\n" + e.html() + "\n--- text\n" + e.text() + "\n");
      }
    }
  }

  private static void run(
      ExecutorService pool,
      int threads,
      int emails,
      RenderBenchmark bench,
      RenderBenchmark.Recipients state,
      boolean htmlOnly)
      throws Exception {
    List<Future<?>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = emails / threads + (t < emails % threads ? 1 : 0);
      parts.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  if (htmlOnly) {
                    bench.renderHtmlOnly(state);
                  } else {
                    bench.renderEmail(state);
                  }
                }
              }));
    }
    for (Future<?> f : parts) {
      f.get();
    }
  }
}
