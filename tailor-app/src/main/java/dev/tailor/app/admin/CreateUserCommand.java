package dev.tailor.app.admin;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.store.Store;
import dev.tailor.web.auth.Passwords;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tailor admin create}: a dashboard user. The password comes from the environment variable
 * named by {@code --password-env}, or is generated and printed once.
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create a dashboard user (the first admin). Without --password-env a strong password is"
          + " generated and printed once; only its PBKDF2 digest is stored."
    })
public final class CreateUserCommand extends TailorSubcommand implements Callable<Integer> {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Option(names = "--username", paramLabel = "NAME", description = "User name (default admin).")
  private String username = "admin";

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "Take the password (12+ characters) from this environment variable.")
  private String passwordEnv;

  @Override
  public Integer call() {
    Output out = root().output();
    Map<String, String> env = root().context().env();
    String password;
    boolean generated = passwordEnv == null;
    if (generated) {
      password = generate(20);
    } else {
      password = env.get(passwordEnv);
      if (password == null) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "--password-env: environment variable " + passwordEnv + " is not set");
      }
    }
    String name = DashboardUser.requireUsername(username);
    String hash = new Passwords().hash(password);
    try (Store store = new Wiring(root().config()).openStore()) {
      create(store, name, hash, root().context().clock().instant());
    }
    if (out.json()) {
      out.printJson(
          generated ? Map.of("username", name, "password", password) : Map.of("username", name));
    } else {
      out.line("Created dashboard user " + name + ".");
      if (generated) {
        out.line("Password (shown once, store it now): " + password);
      }
    }
    return 0;
  }

  /** Adds the user; a taken name is an error naming it. */
  public static void create(Store store, String username, String hash, java.time.Instant at) {
    store.users().add(new DashboardUser(username, hash, at));
  }

  /** A random password of {@code length} unambiguous letters and digits (~5.8 bits each). */
  public static String generate(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
