package dev.tailor.app.serve;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.store.Store;
import dev.tailor.web.WebServer;
import dev.tailor.web.WebSettings;
import dev.tailor.web.auth.Passwords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tailor serve}: the HTTP API and the dashboard on the configured store, until the process
 * is stopped (Ctrl-C or SIGTERM stop it gracefully: requests in flight finish first).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the HTTP API (/v1, described at /v1/docs), /health, /metrics and the dashboard on"
          + " the configured store, until stopped."
    })
public final class ServeCommand extends TailorSubcommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "PORT", description = "Port (default 7070; 0 for any).")
  private int port = WebSettings.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
  private String host = "127.0.0.1";

  @Option(
      names = "--strategies",
      paramLabel = "DIR",
      description =
          "Folder of strategy files: strategy=S serves DIR/S.yaml (default ./strategies, else"
              + " examples/strategies when that exists).")
  private Path strategies;

  @Option(
      names = "--secure-cookies",
      description = "Mark the session cookie Secure (set this when users reach it over https).")
  private boolean secureCookies;

  @Option(
      names = "--trusted-proxy",
      paramLabel = "CIDR",
      description =
          "A reverse proxy whose X-Forwarded-For names the client (repeatable, e.g. 10.0.0.0/8)."
              + " Without one the header is ignored, so nobody can pass for another address.")
  private List<String> trustedProxies = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    Output out = root().output();
    Wiring wiring = new Wiring(root().config());
    WebSettings settings =
        WebSettings.defaults()
            .withPort(port)
            .withHost(host)
            .withSecureCookies(secureCookies)
            .withTrustedProxies(trustedProxies);
    Path folder = strategies == null ? defaultStrategies() : strategies;
    serveUntilStopped(
        wiring, settings, folder, out, root().context().clock(), root().context().env());
    return 0;
  }

  /** The default strategies folder: ./strategies, else the shipped examples when present. */
  public static Path defaultStrategies() {
    Path own = Path.of("strategies");
    Path examples = Path.of("examples", "strategies");
    return !java.nio.file.Files.isDirectory(own) && java.nio.file.Files.isDirectory(examples)
        ? examples
        : own;
  }

  /** Serves until the JVM is asked to stop, then stops the server gracefully and the store. */
  public static void serveUntilStopped(
      Wiring wiring,
      WebSettings settings,
      Path strategies,
      Output out,
      java.time.Clock clock,
      java.util.Map<String, String> env)
      throws InterruptedException {
    Store store = wiring.openStore();
    WebServer server;
    try {
      server = Server.start(wiring, store, settings, strategies, clock, new Passwords(), env);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              store.close();
              stopped.countDown();
            },
            "tailor-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    String base = "http://" + settings.host() + ":" + server.port();
    out.line("Serving " + store.describe() + " at " + base);
    out.line("  dashboard   " + base + "/");
    out.line("  API docs    " + base + "/v1/docs");
    out.line("  health      " + base + "/health");
    out.line("  strategies  " + strategies.toAbsolutePath().normalize());
    out.line("Stop with Ctrl-C (requests in flight finish first).");
    stopped.await();
  }
}
