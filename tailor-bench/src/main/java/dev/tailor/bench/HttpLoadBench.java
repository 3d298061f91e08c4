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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load driver for a running {@code tailor serve} on loopback, JDK only (runs as a single source
 * file: {@code java tailor-bench/src/main/java/dev/tailor/bench/HttpLoadBench.java ...}).
 *
 * <ul>
 *   <li>{@code recs}: open loop at {@code --rate} requests/s for {@code --seconds} (after {@code
 *       --warmup} seconds at the same rate) of {@code GET /v1/recommendations} for random customers
 *       over {@code --connections} (32) keep-alive plain-socket connections; latency is measured
 *       from each request's scheduled start (no coordinated omission). Prints one JSON line with
 *       p50/p90/p99/max, the driver's own CPU per request and, with {@code --server-pid PID}, the
 *       server's CPU per request and the load average at start and end.
 *   <li>{@code track}: {@code --workers} closed-loop workers each posting batches of {@code
 *       --batch} new events with unique {@code event_id}s for {@code --seconds}; prints events
 *       sent, events the server reported stored, and events/s.
 *   <li>{@code links}: {@code --workers} closed-loop workers for {@code --seconds} following the
 *       open pixel and the first tracked link of every {@code .eml} in {@code --outbox} (a campaign
 *       sent to an outbox), in turn; prints opens and clicks answered (200 / 302), errors,
 *       requests/s and p50/p99/max latency. Compare with the store's {@code email_opened} and
 *       {@code email_clicked} counts for lost events.
 *   <li>{@code hits}: the same requests as {@code links} from a lean driver: {@code --workers}
 *       keep-alive HTTP/1.1 connections over plain sockets, one thread each, sending pre-built
 *       request bytes in a closed loop for {@code --seconds} (after {@code --warmup} seconds not
 *       counted). Every answer's status is counted. Prints requests/s, p50/p99/max, the driver's
 *       own CPU per request and, with {@code --server-pid PID}, the server's CPU per request (from
 *       {@code /proc/PID/stat}) and the load average at start and end.
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
    long serverPid = 0;
    int connections = 32;
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
        case "--server-pid" -> serverPid = Long.parseLong(args[i + 1]);
        case "--connections" -> connections = Integer.parseInt(args[i + 1]);
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
    if (mode.equals("hits")) {
      if (outbox == null) {
        throw new IllegalArgumentException("--outbox DIR is required");
      }
      LeanHits.run(
          URI.create(base),
          trackedPaths(java.nio.file.Path.of(outbox)),
          workers,
          warmup,
          seconds,
          serverPid);
      return;
    }
    if (key == null) {
      throw new IllegalArgumentException("--key KEY is required");
    }
    if (mode.equals("recs")) {
      Recs recs = new Recs(URI.create(base), key, query, customers, connections);
      recs.run(rate, warmup, false, serverPid);
      recs.run(rate, seconds, true, serverPid);
    } else if (mode.equals("track")) {
      track(base, key, workers, batch, seconds, customers, products);
    } else {
      throw new IllegalArgumentException("mode must be recs, track, links or hits");
    }
  }

  private static HttpClient client(ExecutorService pool) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .executor(pool)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * The {@code recs} mode: open loop at a fixed rate over {@code connections} keep-alive HTTP/1.1
   * connections on plain sockets, one thread each; connection {@code c} sends requests {@code c, c
   * + connections, ...}, each at its scheduled time (or at once when the connection is behind), and
   * each request's latency counts from its scheduled time, so a stalled server shows in the
   * percentiles rather than slowing the driver down (no coordinated omission).
   */
  private static final class Recs {
    private final URI base;
    private final String key;
    private final String query;
    private final int customers;
    private final int connections;

    Recs(URI base, String key, String query, int customers, int connections) {
      this.base = base;
      this.key = key;
      this.query = query;
      this.customers = customers;
      this.connections = connections;
    }

    void run(int rate, int seconds, boolean report, long serverPid) throws Exception {
      int total = rate * seconds;
      Random random = new Random(report ? 42 : 7);
      byte[][] requests = new byte[total][];
      String host = base.getHost() + ":" + base.getPort();
      for (int i = 0; i < total; i++) {
        String customer = String.format(Locale.ROOT, "C%07d", 1 + random.nextInt(customers));
        requests[i] =
            ("GET /v1/recommendations?customer="
                    + customer
                    + query
                    + " HTTP/1.1\r\nHost: "
                    + host
                    + "\r\nAuthorization: Bearer "
                    + key
                    + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      long[] latencies = new long[total];
      int[] statuses = new int[total];
      long interval = 1_000_000_000L / rate;
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long driverCpu0 = os.getProcessCpuTime();
      long serverCpu0 = serverPid > 0 ? LeanHits.cpuMillis(serverPid) : 0;
      String load0 = LeanHits.loadAverage();
      long start = System.nanoTime() + 20_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        int first = c;
        Thread t =
            new Thread(
                () -> {
                  java.net.Socket socket = null;
                  java.io.InputStream in = null;
                  for (int i = first; i < total; i += connections) {
                    long scheduled = start + i * interval;
                    long wait = scheduled - System.nanoTime();
                    if (wait > 0) {
                      LockSupport.parkNanos(wait);
                    }
                    try {
                      if (socket == null) {
                        socket = new java.net.Socket(base.getHost(), base.getPort());
                        socket.setTcpNoDelay(true);
                        in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
                      }
                      socket.getOutputStream().write(requests[i]);
                      Answer a = Answer.read(in);
                      statuses[i] = a.status();
                      if (a.close()) {
                        socket.close();
                        socket = null;
                      }
                    } catch (java.io.IOException e) {
                      statuses[i] = -1;
                      socket = closeQuietly(socket);
                    }
                    latencies[i] = System.nanoTime() - scheduled;
                  }
                  closeQuietly(socket);
                },
                "recs-" + c);
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) {
        t.join();
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (!report) {
        return;
      }
      long driverCpu = (os.getProcessCpuTime() - driverCpu0) / 1_000_000;
      long serverCpu = serverPid > 0 ? LeanHits.cpuMillis(serverPid) - serverCpu0 : 0;
      long errors = Arrays.stream(statuses).filter(s -> s != 200).count();
      Arrays.sort(latencies);
      System.out.printf(
          Locale.ROOT,
          "{\"mode\":\"recs\",\"query\":\"%s\",\"target_rps\":%d,\"achieved_rps\":%.0f,"
              + "\"requests\":%d,\"errors\":%d,\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,"
              + "\"max_ms\":%.2f,\"driver_cpu_ms_per_request\":%.3f,"
              + "\"server_cpu_ms_per_request\":%.3f,\"load_start\":\"%s\",\"load_end\":\"%s\"}%n",
          query,
          rate,
          total / wall,
          total,
          errors,
          ms(latencies, 0.50),
          ms(latencies, 0.90),
          ms(latencies, 0.99),
          latencies[total - 1] / 1e6,
          (double) driverCpu / total,
          serverPid > 0 ? (double) serverCpu / total : 0,
          load0,
          LeanHits.loadAverage());
    }

    private static java.net.Socket closeQuietly(java.net.Socket socket) {
      if (socket != null) {
        try {
          socket.close();
        } catch (java.io.IOException e) {
          // nothing more to do with a broken connection
        }
      }
      return null;
    }
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

  /**
   * The {@code hits} mode: closed-loop keep-alive connections over plain blocking sockets, each
   * request's bytes built once, so the driver spends little CPU of the machine it shares.
   */
  private static final class LeanHits {
    private final List<byte[]> requests;
    private final int workers;
    private final java.util.concurrent.atomic.AtomicLongArray statuses =
        new java.util.concurrent.atomic.AtomicLongArray(600);
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong tracked = new AtomicLong();
    private volatile boolean counting;
    private volatile boolean stop;

    private LeanHits(URI base, List<String> paths, int workers) {
      String host = base.getHost() + ":" + base.getPort();
      this.requests = new ArrayList<>(paths.size());
      for (String path : paths) {
        requests.add(
            ("GET "
                    + path
                    + " HTTP/1.1\r\nHost: "
                    + host
                    + "\r\nUser-Agent: Mozilla/5.0 (tailor-bench)\r\nAccept: */*\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      this.workers = workers;
    }

    static void run(
        URI base, List<String> paths, int workers, int warmup, int seconds, long serverPid)
        throws Exception {
      LeanHits hits = new LeanHits(base, paths, workers);
      long[][] latencies = new long[workers][];
      int[] counts = new int[workers];
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int worker = w;
        Thread t =
            new Thread(
                () -> {
                  long[] mine = new long[1 << 16];
                  int n = 0;
                  int i = worker;
                  while (!hits.stop) {
                    try (java.net.Socket socket =
                        new java.net.Socket(base.getHost(), base.getPort())) {
                      socket.setTcpNoDelay(true);
                      java.io.OutputStream out = socket.getOutputStream();
                      java.io.InputStream in =
                          new java.io.BufferedInputStream(socket.getInputStream(), 8_192);
                      while (!hits.stop) {
                        byte[] request = hits.requests.get(i % hits.requests.size());
                        long t0 = System.nanoTime();
                        out.write(request);
                        Answer a = Answer.read(in);
                        long took = System.nanoTime() - t0;
                        i += hits.workers;
                        if (a.status == 200 || a.status == 302) {
                          hits.tracked.incrementAndGet();
                        }
                        if (hits.counting) {
                          hits.statuses.incrementAndGet(Math.min(a.status, 599));
                          if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                          }
                          mine[n++] = took;
                        }
                        if (a.close) {
                          break;
                        }
                      }
                    } catch (java.io.IOException e) {
                      if (hits.counting) {
                        hits.failures.incrementAndGet();
                      }
                    }
                  }
                  latencies[worker] = mine;
                  counts[worker] = n;
                });
        t.start();
        threads.add(t);
      }
      Thread.sleep(warmup * 1_000L);
      java.lang.management.OperatingSystemMXBean os =
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long driverCpu0 = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
      long serverCpu0 = serverPid > 0 ? cpuMillis(serverPid) : 0;
      String load0 = loadAverage();
      long start = System.nanoTime();
      hits.counting = true;
      Thread.sleep(seconds * 1_000L);
      hits.counting = false;
      double wall = (System.nanoTime() - start) / 1e9;
      long driverCpu =
          (((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - driverCpu0)
              / 1_000_000;
      long serverCpu = serverPid > 0 ? cpuMillis(serverPid) - serverCpu0 : 0;
      String load1 = loadAverage();
      hits.stop = true;
      for (Thread t : threads) {
        t.join(30_000);
      }
      long[] all = new long[Arrays.stream(counts).sum()];
      int at = 0;
      for (int w = 0; w < workers; w++) {
        System.arraycopy(latencies[w], 0, all, at, counts[w]);
        at += counts[w];
      }
      Arrays.sort(all);
      StringBuilder byStatus = new StringBuilder();
      for (int s = 0; s < 600; s++) {
        if (hits.statuses.get(s) > 0) {
          byStatus.append(byStatus.length() == 0 ? "" : ",").append('"').append(s).append("\":");
          byStatus.append(hits.statuses.get(s));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "{\"mode\":\"hits\",\"workers\":%d,\"seconds\":%.1f,\"requests\":%d,\"status\":{%s},"
              + "\"failed_connections\":%d,\"requests_per_s\":%.0f,\"p50_ms\":%.2f,"
              + "\"p99_ms\":%.2f,\"max_ms\":%.2f,\"driver_cpu_ms_per_request\":%.3f,"
              + "\"server_cpu_ms_per_request\":%.3f,\"load_start\":\"%s\",\"load_end\":\"%s\","
              + "\"hits_answered_including_warmup\":%d}%n",
          workers,
          wall,
          all.length,
          byStatus,
          hits.failures.get(),
          all.length / wall,
          all.length == 0 ? 0 : ms(all, 0.50),
          all.length == 0 ? 0 : ms(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          all.length == 0 ? 0 : (double) driverCpu / all.length,
          all.length == 0 || serverPid <= 0 ? 0 : (double) serverCpu / all.length,
          load0,
          load1,
          hits.tracked.get());
    }

    /** User and system CPU of a process, from {@code /proc/PID/stat} (clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws java.io.IOException {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static String loadAverage() throws java.io.IOException {
      String[] f =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    }
  }

  /** Status and connection state of one HTTP/1.1 answer, its body read and dropped. */
  private record Answer(int status, boolean close) {
    static Answer read(java.io.InputStream in) throws java.io.IOException {
      String statusLine = line(in);
      if (statusLine == null) {
        throw new java.io.EOFException("connection closed");
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = 0;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        String name = h.substring(0, Math.max(colon, 0)).toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).strip();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
          case "connection" -> close = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line(in).split(";")[0].strip(), 16);
            size > 0;
            size = Long.parseLong(line(in).split(";")[0].strip(), 16)) {
          skip(in, size);
          line(in);
        }
        line(in);
      } else {
        skip(in, length);
      }
      return new Answer(status, close);
    }

    private static void skip(java.io.InputStream in, long n) throws java.io.IOException {
      for (long left = n; left > 0; ) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new java.io.EOFException("body cut short");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    /** One CRLF-terminated line without its end, or null at the end of the stream. */
    private static String line(java.io.InputStream in) throws java.io.IOException {
      StringBuilder b = new StringBuilder(64);
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c == '\n') {
          int end = b.length();
          return b.substring(0, end > 0 && b.charAt(end - 1) == '\r' ? end - 1 : end);
        }
        b.append((char) c);
      }
      return b.length() == 0 ? null : b.toString();
    }
  }
}
