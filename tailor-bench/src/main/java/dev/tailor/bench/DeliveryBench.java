package dev.tailor.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.mail.export.EspExportSettings;
import dev.tailor.mail.export.EspExportTransport;
import dev.tailor.mail.outbox.OutboxMailTransport;
import dev.tailor.mail.outbox.OutboxSettings;
import dev.tailor.mail.smtp.SmtpMailTransport;
import dev.tailor.mail.smtp.SmtpSecurity;
import dev.tailor.mail.smtp.SmtpSettings;
import dev.tailor.mail.smtp.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Delivery throughput: emails per second through the SMTP pool to a local GreenMail server (in this
 * JVM, so it shares the cores), into the outbox folder (with and without fsync) and into the ESP
 * export.
 *
 * <p>Usage: {@code DeliveryBench [--smtp 2000] [--outbox 10000] [--outbox-fsync 1000] [--export
 * 10000] [--threads 4] [--pools 1,4] [--html-kb 90] [--ascii] [--runs 3]}. Each email has an HTML
 * part of about {@code html-kb} KB (the rendered weekly-picks template is ~92 KB), a text part of a
 * tenth of that and the two unsubscribe headers. The HTML holds German product names and prices in
 * euros (quoted-printable); with {@code --ascii} it is plain ASCII (7bit), as about four in five
 * rendered weekly-picks emails are. Prints one JSON line per scenario with the median emails/s of
 * the runs and the runs themselves; every run checks that each email arrived once.
 */
public final class DeliveryBench {
  private DeliveryBench() {}

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, "ascii");
    int threads = o.integer("threads", 4);
    int runs = o.integer("runs", 3);
    int htmlKb = o.integer("html-kb", 90);
    String html =
        o.flag("ascii")
            ? html(htmlKb * 1024).replace("–", "-").replace("ö", "oe").replace("€", "EUR")
            : html(htmlKb * 1024);
    String text = html.substring(0, html.length() / 10).replaceAll("<[^>]*>", " ");

    for (String pool : o.text("pools", "1,4").split(",")) {
      int poolSize = Integer.parseInt(pool.trim());
      int n = o.integer("smtp", 2000);
      report(
          "smtp",
          n,
          threads,
          htmlKb,
          runs,
          "pool",
          poolSize,
          () -> smtpRun(n, threads, poolSize, html, text));
    }
    int outboxN = o.integer("outbox", 10000);
    report(
        "outbox",
        outboxN,
        threads,
        htmlKb,
        runs,
        "fsync",
        false,
        () ->
            fileRun(
                outboxN,
                threads,
                html,
                text,
                dir -> new OutboxMailTransport(new OutboxSettings(dir, false), Clock.systemUTC())));
    int fsyncN = o.integer("outbox-fsync", 1000);
    report(
        "outbox",
        fsyncN,
        threads,
        htmlKb,
        runs,
        "fsync",
        true,
        () ->
            fileRun(
                fsyncN,
                threads,
                html,
                text,
                dir -> new OutboxMailTransport(new OutboxSettings(dir, true), Clock.systemUTC())));
    int exportN = o.integer("export", 10000);
    report(
        "esp-export",
        exportN,
        threads,
        htmlKb,
        runs,
        "fsync",
        "on close",
        () ->
            fileRun(
                exportN,
                threads,
                html,
                text,
                dir -> new EspExportTransport(new EspExportSettings(dir.resolve("out.jsonl")))));
  }

  private static void report(
      String kind,
      int n,
      int threads,
      int htmlKb,
      int runs,
      String key,
      Object value,
      Supplier<double[]> run) {
    run.get(); // warm-up
    double[] rates = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      double[] r = run.get();
      rates[i] = r[0];
      cpu[i] = r[1];
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double[] sortedCpu = cpu.clone();
    Arrays.sort(sortedCpu);
    JsonLine out = new JsonLine().put("transport", kind).put(key, value).put("emails", n);
    out.put("threads", threads).put("html_kb", htmlKb);
    out.put("median_emails_per_s", sorted[runs / 2], 0);
    out.put("median_cpu_ms_per_email", sortedCpu[runs / 2], 2);
    out.put("runs", Arrays.toString(Arrays.stream(rates).map(Math::round).toArray()));
    System.out.println(out);
  }

  private static double[] smtpRun(int n, int threads, int poolSize, String html, String text) {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    try {
      SmtpSettings settings =
          SmtpSettings.builder("127.0.0.1")
              .port(server.getSmtp().getPort())
              .security(SmtpSecurity.NONE)
              .poolSize(poolSize)
              .build();
      double[] rate;
      try (SmtpMailTransport t =
          new SmtpMailTransport(settings, "", Clock.systemUTC(), Ticker.SYSTEM)) {
        rate = sendAll(t, n, threads, html, text);
      }
      int got = server.getReceivedMessages().length;
      if (got != n) {
        throw new IllegalStateException("GreenMail received " + got + " of " + n);
      }
      return rate;
    } finally {
      server.stop();
    }
  }

  private interface Opener {
    MailTransport open(Path dir);
  }

  private static double[] fileRun(int n, int threads, String html, String text, Opener opener) {
    Path dir;
    try {
      dir = Files.createTempDirectory("tailor-delivery-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      double[] rate;
      try (MailTransport t = opener.open(dir)) {
        rate = sendAll(t, n, threads, html, text);
      }
      try (Stream<Path> files = Files.list(dir)) {
        long count = files.count();
        if (count != n && count != 1) {
          throw new IllegalStateException(count + " files for " + n + " emails");
        }
      }
      return rate;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /**
   * Sends n distinct emails from {@code threads} threads; returns emails per second and the process
   * CPU milliseconds per email (every thread of the JVM, the in-process server included).
   */
  private static double[] sendAll(MailTransport t, int n, int threads, String html, String text) {
    List<OutgoingEmail> emails = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(
          "List-Unsubscribe", "<https://t.shop.example/u/m" + i + ">, <mailto:u@shop.example>");
      headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      emails.add(
          new OutgoingEmail(
              "bench-" + i,
              "Shop <news@shop.example>",
              "user" + i + "@example.com",
              "Your picks for this week, customer " + i,
              html,
              text,
              headers,
              Map.of(
                  "customer_id",
                  "c" + i,
                  "campaign",
                  "bench",
                  "variant",
                  "a",
                  "decision",
                  "{\"slots\":[]}")));
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    DeliveryResult r = t.send(emails.get(i));
                    if (r.status() != DeliveryResult.Status.SENT) {
                      throw new IllegalStateException(emails.get(i).messageId() + ": " + r);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new double[] {n / seconds, (processCpuNanos() - cpuStart) / 1e6 / n};
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** An HTML body of about {@code bytes} bytes: product rows with links, some non-ASCII text. */
  private static String html(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 512).append("<html><body><table>");
    int i = 0;
    while (sb.length() < bytes) {
      sb.append(
              "<tr><td style=\"padding:8px;font-family:Arial\"><a href=\"https://t.shop.example/c/")
          .append(i)
          .append("?utm_source=tailor&amp;utm_campaign=bench\">Produkt ")
          .append(i)
          .append(" – Größe M, Farbe Blau</a><br>29,90 €</td></tr>\n");
      i++;
    }
    return sb.append("</table></body></html>").toString();
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
