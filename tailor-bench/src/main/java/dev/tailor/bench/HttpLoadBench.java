package dev.tailor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load driver for a running {@code tailor serve} on loopback, JDK only (runs as a single source
 * file: {@code java tailor-bench/src/main/java/dev/tailor/bench/HttpLoadBench.java ...}).
 *
 * <ul>
 *   <li>{@code recs}: open loop at {@code --rate} requests/s for {@code --seconds} of {@code GET
 *       /v1/recommendations} for random customers; latency is measured from each request's
 *       scheduled start (no coordinated omission). Prints one JSON line with p50/p90/p99/max.
 *   <li>{@code track}: {@code --workers} closed-loop workers each posting batches of {@code
 *       --batch} new events with unique {@code event_id}s for {@code --seconds}; prints events
 *       sent, events the server reported stored, and events/s.
 *   <li>{@code links}: {@code --workers} closed-loop workers for {@code --seconds} following the
 *       open pixel and the first tracked link of every {@code .eml} in {@code --outbox} (a campaign
 *       sent to an outbox), in turn; prints opens and clicks answered (200 / 302), errors,
 *       requests/s and p50/p99/max latency. Compare with the store's {@code email_opened} and
 *       {@code email_clicked} counts for lost events.
 * </ul>
 */
public final class HttpLoadBench {
  private HttpLoadBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String base = "http://127.0.0.1:7070";
    String key = null;
    String query = "";
    int rate = 1000;
    int seconds = 20;
    int warmup = 5;
    int customers = 1000;
    int workers = 4;
    int batch = 500;
    int products = 1000;
    String outbox = null;
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> base = args[i + 1];
        case "--key" -> key = args[i + 1];
        case "--query" -> query = args[i + 1];
        case "--rate" -> rate = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--customers" -> customers = Integer.parseInt(args[i + 1]);
        case "--workers" -> workers = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--products" -> products = Integer.parseInt(args[i + 1]);
        case "--outbox" -> outbox = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (mode.equals("links")) {
      if (outbox == null) {
        throw new IllegalArgumentException("--outbox DIR is required");
      }
      links(base, java.nio.file.Path.of(outbox), workers, seconds);
      return;
    }
    if (key == null) {
      throw new IllegalArgumentException("--key KEY is required");
    }
    if (mode.equals("recs")) {
      recs(base, key, query, rate, warmup, false, customers);
      recs(base, key, query, rate, seconds, true, customers);
    } else if (mode.equals("track")) {
      track(base, key, workers, batch, seconds, customers, products);
    } else {
      throw new IllegalArgumentException("mode must be recs, track or links");
    }
  }

  private static HttpClient client(ExecutorService pool) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .executor(pool)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static void recs(
      String base, String key, String query, int rate, int seconds, boolean report, int customers)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    HttpClient client = client(pool);
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicLong errors = new AtomicLong();
    List<CompletableFuture<Void>> futures = new ArrayList<>(total);
    Random random = new Random(42);
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String customer = String.format(Locale.ROOT, "C%07d", 1 + random.nextInt(customers));
      HttpRequest r =
          HttpRequest.newBuilder(
                  URI.create(base + "/v1/recommendations?customer=" + customer + query))
              .header("Authorization", "Bearer " + key)
              .timeout(Duration.ofSeconds(30))
              .build();
      int slot = i;
      futures.add(
          client
              .sendAsync(r, HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (res, err) -> {
                    latencies[slot] = System.nanoTime() - scheduled;
                    if (err != null || res.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    if (!report) {
      return;
    }
    Arrays.sort(latencies);
    System.out.printf(
        Locale.ROOT,
        "{\"mode\":\"recs\",\"query\":\"%s\",\"target_rps\":%d,\"achieved_rps\":%.0f,"
            + "\"requests\":%d,\"errors\":%d,\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,"
            + "\"max_ms\":%.2f}%n",
        query,
        rate,
        total / wall,
        total,
        errors.get(),
        ms(latencies, 0.50),
        ms(latencies, 0.90),
        ms(latencies, 0.99),
        latencies[total - 1] / 1e6);
  }

  private static double ms(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static void track(
      String base, String key, int workers, int batch, int seconds, int customers, int products)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers + 2);
    HttpClient client = client(pool);
    AtomicLong sent = new AtomicLong();
    AtomicLong stored = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread t =
          new Thread(
              () -> {
                Random random = new Random(worker);
                long seq = 0;
                while (System.nanoTime() < deadline) {
                  StringBuilder b = new StringBuilder(batch * 160).append("{\"batch\":[");
                  for (int i = 0; i < batch; i++) {
                    b.append(i == 0 ? "" : ",")
                        .append("{\"event\":\"product_viewed\",\"customer_id\":\"")
                        .append(String.format(Locale.ROOT, "C%07d", 1 + random.nextInt(customers)))
                        .append("\",\"product_id\":\"")
                        .append(String.format(Locale.ROOT, "P%06d", 1 + random.nextInt(products)))
                        .append("\",\"event_id\":\"bench-")
                        .append(run)
                        .append('-')
                        .append(worker)
                        .append('-')
                        .append(seq++)
                        .append("\"}");
                  }
                  b.append("]}");
                  HttpRequest r =
                      HttpRequest.newBuilder(URI.create(base + "/v1/track"))
                          .header("Authorization", "Bearer " + key)
                          .header("Content-Type", "application/json")
                          .timeout(Duration.ofSeconds(60))
                          .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
                          .build();
                  try {
                    HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 200) {
                      sent.addAndGet(batch);
                      String body = res.body();
                      int at = body.indexOf("\"stored\":") + 9;
                      stored.addAndGet(Long.parseLong(body.substring(at, body.indexOf(',', at))));
                    } else {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "{\"mode\":\"track\",\"workers\":%d,\"batch\":%d,\"seconds\":%.1f,\"events_sent\":%d,"
            + "\"events_stored\":%d,\"failed_requests\":%d,\"events_per_s\":%.0f}%n",
        workers,
        batch,
        wall,
        sent.get(),
        stored.get(),
        errors.get(),
        sent.get() / wall);
  }

  /** The pixel and the first click path of each email of the outbox, in file name order. */
  static List<String> trackedPaths(java.nio.file.Path outbox) throws java.io.IOException {
    List<java.nio.file.Path> files;
    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(outbox)) {
      files = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    }
    java.util.regex.Pattern pixel =
        java.util.regex.Pattern.compile("src=\"https?://[^/\"]+(/o/[^\"]+)\"");
    java.util.regex.Pattern click =
        java.util.regex.Pattern.compile("href=\"https?://[^/\"]+(/c/[^\"]+)\"");
    List<String> paths = new ArrayList<>();
    for (java.nio.file.Path f : files) {
      String text =
          decodedParts(
              java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
      java.util.regex.Matcher p = pixel.matcher(text);
      if (p.find()) {
        paths.add(p.group(1).replace("&amp;", "&"));
      }
      java.util.regex.Matcher c = click.matcher(text);
      if (c.find()) {
        paths.add(c.group(1).replace("&amp;", "&"));
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no tracked links in the .eml files of " + outbox);
    }
    return paths;
  }

  /** The message with the bodies of its quoted-printable MIME parts decoded, the others as sent. */
  private static String decodedParts(String eml) {
    StringBuilder out = new StringBuilder(eml.length());
    for (String part : eml.split("\r?\n--")) {
      int body = part.indexOf("\r\n\r\n");
      boolean qp =
          body > 0
              && part.substring(0, body)
                  .toLowerCase(Locale.ROOT)
                  .contains("content-transfer-encoding: quoted-printable");
      out.append(qp ? part.substring(0, body) + quotedPrintable(part.substring(body)) : part)
          .append("\n--");
    }
    return out.toString();
  }

  /** Undoes quoted-printable (soft line breaks and =XX); tracked URLs are ASCII. */
  private static String quotedPrintable(String s) {
    String joined = s.replace("=\r\n", "").replace("=\n", "");
    StringBuilder b = new StringBuilder(joined.length());
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '='
          && i + 2 < joined.length()
          && Character.digit(joined.charAt(i + 1), 16) >= 0
          && Character.digit(joined.charAt(i + 2), 16) >= 0) {
        b.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void links(String base, java.nio.file.Path outbox, int workers, int seconds)
      throws Exception {
    List<String> paths = trackedPaths(outbox);
    ExecutorService pool = Executors.newFixedThreadPool(workers + 2);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(pool)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicLong opens = new AtomicLong();
    AtomicLong clicks = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] latencies = new long[workers][];
    int[] counts = new int[workers];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread t =
          new Thread(
              () -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                for (int i = worker; System.nanoTime() < deadline; i += workers) {
                  String path = paths.get(i % paths.size());
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<Void> res =
                        client.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (res.statusCode() == 200 && path.startsWith("/o/")) {
                      opens.incrementAndGet();
                    } else if (res.statusCode() == 302 && path.startsWith("/c/")) {
                      clicks.incrementAndGet();
                    } else {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = System.nanoTime() - t0;
                }
                latencies[worker] = mine;
                counts[worker] = n;
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] all = new long[Arrays.stream(counts).sum()];
    int at = 0;
    for (int w = 0; w < workers; w++) {
      System.arraycopy(latencies[w], 0, all, at, counts[w]);
      at += counts[w];
    }
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "{\"mode\":\"links\",\"workers\":%d,\"seconds\":%.1f,\"opens\":%d,\"clicks\":%d,"
            + "\"errors\":%d,\"requests_per_s\":%.0f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,"
            + "\"max_ms\":%.2f}%n",
        workers,
        wall,
        opens.get(),
        clicks.get(),
        errors.get(),
        (opens.get() + clicks.get()) / wall,
        ms(all, 0.50),
        ms(all, 0.99),
        all[all.length - 1] / 1e6);
  }
}
