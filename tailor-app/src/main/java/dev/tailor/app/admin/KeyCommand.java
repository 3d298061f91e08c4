package dev.tailor.app.admin;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.access.ApiKey;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.core.store.Store;
import dev.tailor.web.auth.ApiKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor admin key create|list|revoke}: API keys. */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = "API keys: public keys may only send events, private keys may do everything.",
    subcommands = {KeyCommand.Create.class, KeyCommand.ListKeys.class, KeyCommand.Revoke.class})
public final class KeyCommand {

  /** {@code tailor admin key create --kind public|private [--label TEXT]}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create an API key; it is printed once, only its SHA-256 is stored.")
  public static final class Create extends TailorSubcommand implements Callable<Integer> {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "public (may only send events) or private (everything).")
    private String kind;

    @Option(names = "--label", paramLabel = "TEXT", description = "What the key is for.")
    private String label = "";

    @Override
    public Integer call() {
      Output out = root().output();
      ApiKeyKind k = ApiKeyKind.parse(kind);
      try (Store store = new Wiring(root().config()).openStore()) {
        ApiKeys.Created c = new ApiKeys(store.apiKeys(), root().context().clock()).create(k, label);
        if (out.json()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", c.key().id());
          m.put("kind", k.label());
          m.put("key", c.secret());
          out.printJson(m);
        } else {
          out.line("Created " + k.label() + " API key " + c.key().id() + ".");
          out.line("Key (shown once, store it now): " + c.secret());
        }
      }
      return 0;
    }
  }

  /** {@code tailor admin key list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List API keys.")
  public static final class ListKeys extends TailorSubcommand implements Callable<Integer> {
    @Override
    public Integer call() {
      Output out = root().output();
      try (Store store = new Wiring(root().config()).openStore()) {
        List<ApiKey> keys = store.apiKeys().list();
        if (out.json()) {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (ApiKey k : keys) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.id());
            m.put("kind", k.kind().label());
            m.put("label", k.label());
            m.put("created_at", k.createdAt().toString());
            m.put("revoked_at", k.revokedAt().map(Object::toString).orElse(null));
            rows.add(m);
          }
          out.printJson(rows);
          return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "kind", "label", "created", "state"));
        for (ApiKey k : keys) {
          rows.add(
              List.of(
                  k.id(),
                  k.kind().label(),
                  k.label(),
                  k.createdAt().toString(),
                  k.revokedAt().map(t -> "revoked " + t).orElse("active")));
        }
        out.printTable(rows);
      }
      return 0;
    }
  }

  /** {@code tailor admin key revoke ID}. */
  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key.")
  public static final class Revoke extends TailorSubcommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The key's id, as listed.")
    private String id;

    @Override
    public Integer call() {
      try (Store store = new Wiring(root().config()).openStore()) {
        if (!new ApiKeys(store.apiKeys(), root().context().clock()).revoke(id)) {
          throw new TailorException(ErrorCode.NOT_FOUND, "no active API key " + id);
        }
      }
      root().output().line("Revoked API key " + id + ".");
      return 0;
    }
  }
}
