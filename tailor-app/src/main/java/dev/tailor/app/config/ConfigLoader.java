package dev.tailor.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.datacheck.DataCheckThresholds;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.web.api.RecommendationLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link TailorConfig}: defaults, then a YAML file (keys under {@code tailor:}), then
 * environment variables ({@code tailor.store.url} is {@code TAILOR_STORE_URL}; {@code
 * TAILOR_DB_URL} is accepted as well). Unknown keys and bad values fail fast, naming the key and
 * where it came from.
 */
public final class ConfigLoader {
  /** Every key with its default, in documentation order. */
  static final Map<String, String> DEFAULTS = defaultValues();

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public TailorConfig load(Optional<Path> file) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    Map<String, String> origin = new LinkedHashMap<>();
    DEFAULTS.keySet().forEach(k -> origin.put(k, "the default"));
    if (file.isPresent()) {
      readYaml(file.get()).forEach((k, v) -> put(values, origin, k, v, "file " + file.get()));
    }
    String dbUrl = env.get("TAILOR_DB_URL");
    if (dbUrl != null && !dbUrl.isBlank()) {
      put(values, origin, "tailor.store.url", dbUrl, "environment variable TAILOR_DB_URL");
    }
    for (String key : DEFAULTS.keySet()) {
      String name = envName(key);
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        put(values, origin, key, v, "environment variable " + name);
      }
    }
    return build(values, origin);
  }

  /** The environment variable that overrides {@code key}. */
  public static String envName(String key) {
    return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private static void put(
      Map<String, String> values, Map<String, String> origin, String key, String v, String from) {
    if (!DEFAULTS.containsKey(key)) {
      throw new TailorException(
          ErrorCode.CONFIG, "unknown configuration key '" + key + "' in " + from);
    }
    values.put(key, v);
    origin.put(key, from);
  }

  private static TailorConfig build(Map<String, String> v, Map<String, String> origin) {
    Values r = new Values(v, origin);
    return new TailorConfig(
        new StoreConfig(v.get("tailor.store.url")),
        new ImportConfig(
            r.integer("tailor.import.batch-size"), r.integer("tailor.import.rejects-shown")),
        new DataCheckThresholds(
            r.integer("tailor.data-check.min-days"),
            r.integer("tailor.data-check.min-interactions"),
            r.integer("tailor.data-check.min-purchasers"),
            r.integer("tailor.data-check.min-per-customer"),
            r.decimal("tailor.data-check.max-share-without-history"),
            r.decimal("tailor.data-check.max-share-out-of-stock")),
        new RecoConfig(
            RecoConfig.parseWindow("tailor.reco.window", v.get("tailor.reco.window")),
            RecoConfig.scheme(
                r.decimal("tailor.reco.weights.view"),
                r.decimal("tailor.reco.weights.add-to-cart"),
                r.decimal("tailor.reco.weights.purchase"),
                r.decimal("tailor.reco.weights.email-click"),
                RecoConfig.parseDuration("tailor.reco.half-life", v.get("tailor.reco.half-life"))),
            Path.of(v.get("tailor.reco.models-dir")),
            new ServingConfig(
                Duration.ofSeconds(r.integer("tailor.reco.serving.model-poll-seconds")),
                r.integer("tailor.reco.serving.cache-customers"),
                Duration.ofSeconds(r.integer("tailor.reco.serving.cache-seconds")),
                new RecommendationLimits(
                    r.integer("tailor.reco.serving.max-concurrent"),
                    r.integer("tailor.reco.serving.max-queue"),
                    Duration.ofMillis(r.integer("tailor.reco.serving.max-wait-ms"))))),
        new RenderConfig(
            v.get("tailor.render.base-url"),
            v.get("tailor.render.signing-key"),
            v.get("tailor.render.sender-address"),
            v.get("tailor.render.postal-address"),
            Duration.ofMillis(r.integer("tailor.render.max-render-ms")),
            r.integer("tailor.render.max-output-bytes")),
        new MailConfig(
            v.get("tailor.mail.smtp.host"),
            r.integer("tailor.mail.smtp.port"),
            v.get("tailor.mail.smtp.security"),
            v.get("tailor.mail.smtp.username"),
            v.get("tailor.mail.smtp.password-env"),
            r.integer("tailor.mail.smtp.pool-size"),
            r.integer("tailor.mail.smtp.max-per-second"),
            r.integer("tailor.mail.smtp.max-per-hour"),
            DkimConfig.load(
                v.get("tailor.mail.dkim.domain"),
                v.get("tailor.mail.dkim.selector"),
                v.get("tailor.mail.dkim.key-file"),
                v.get("tailor.mail.dkim.signed-headers"))),
        InsightsConfig.of(v::get, r::integer, r::decimal));
  }

  private static Map<String, String> readYaml(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new TailorException(
          ErrorCode.CONFIG, "cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> flat = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return flat;
    }
    flatten("", root, flat, file);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out, Path file) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out, file);
      }
    } else if (node.isValueNode()) {
      out.put(prefix, node.asText());
    } else {
      throw new TailorException(
          ErrorCode.CONFIG, "configuration key '" + prefix + "' in " + file + " must be a value");
    }
  }

  private static Map<String, String> defaultValues() {
    TailorConfig d = TailorConfig.defaults();
    DataCheckThresholds t = d.dataCheck();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("tailor.store.url", d.store().url());
    m.put("tailor.import.batch-size", Integer.toString(d.importing().batchSize()));
    m.put("tailor.import.rejects-shown", Integer.toString(d.importing().rejectsShown()));
    m.put("tailor.data-check.min-days", Integer.toString(t.minDays()));
    m.put("tailor.data-check.min-interactions", Long.toString(t.minInteractions()));
    m.put("tailor.data-check.min-purchasers", Long.toString(t.minPurchasers()));
    m.put("tailor.data-check.min-per-customer", Integer.toString(t.minPerCustomer()));
    m.put(
        "tailor.data-check.max-share-without-history", Double.toString(t.maxShareWithoutHistory()));
    m.put("tailor.data-check.max-share-out-of-stock", Double.toString(t.maxShareOutOfStock()));
    RecoConfig reco = d.reco();
    m.put("tailor.reco.window", reco.window().map(RecoConfig::format).orElse("all"));
    m.put("tailor.reco.weights.view", "1.0");
    m.put("tailor.reco.weights.add-to-cart", "3.0");
    m.put("tailor.reco.weights.purchase", "5.0");
    m.put("tailor.reco.weights.email-click", "2.0");
    m.put("tailor.reco.half-life", RecoConfig.format(reco.weights().halfLife()));
    m.put("tailor.reco.models-dir", reco.modelsDir().toString());
    ServingConfig serving = reco.serving();
    m.put("tailor.reco.serving.model-poll-seconds", Long.toString(serving.modelPoll().toSeconds()));
    m.put("tailor.reco.serving.cache-customers", Integer.toString(serving.cacheCustomers()));
    m.put("tailor.reco.serving.cache-seconds", Long.toString(serving.cacheTtl().toSeconds()));
    m.put("tailor.reco.serving.max-concurrent", Integer.toString(serving.limits().concurrent()));
    m.put("tailor.reco.serving.max-queue", Integer.toString(serving.limits().queue()));
    m.put("tailor.reco.serving.max-wait-ms", Long.toString(serving.limits().maxWait().toMillis()));
    RenderConfig render = d.render();
    m.put("tailor.render.base-url", render.baseUrl());
    m.put("tailor.render.signing-key", render.signingKey());
    m.put("tailor.render.sender-address", render.senderAddress());
    m.put("tailor.render.postal-address", render.postalAddress());
    m.put("tailor.render.max-render-ms", Long.toString(render.maxRenderTime().toMillis()));
    m.put("tailor.render.max-output-bytes", Integer.toString(render.maxOutputBytes()));
    MailConfig mail = d.mail();
    m.put("tailor.mail.smtp.host", mail.host());
    m.put("tailor.mail.smtp.port", Integer.toString(mail.port()));
    m.put("tailor.mail.smtp.security", mail.security());
    m.put("tailor.mail.smtp.username", mail.username());
    m.put("tailor.mail.smtp.password-env", mail.passwordEnv());
    m.put("tailor.mail.smtp.pool-size", Integer.toString(mail.poolSize()));
    m.put("tailor.mail.smtp.max-per-second", Integer.toString(mail.maxPerSecond()));
    m.put("tailor.mail.smtp.max-per-hour", Integer.toString(mail.maxPerHour()));
    m.put("tailor.mail.dkim.domain", mail.dkim().domain());
    m.put("tailor.mail.dkim.selector", mail.dkim().selector());
    m.put("tailor.mail.dkim.key-file", mail.dkim().keyFile());
    m.put("tailor.mail.dkim.signed-headers", String.join(", ", mail.dkim().signedHeaders()));
    m.putAll(InsightsConfig.defaultValues());
    return Collections.unmodifiableMap(m);
  }

  /** Typed access to raw values with errors that name the key and its origin. */
  private record Values(Map<String, String> values, Map<String, String> origin) {
    int integer(String key) {
      try {
        return Integer.parseInt(values.get(key).strip());
      } catch (NumberFormatException e) {
        throw bad(key, "a whole number");
      }
    }

    double decimal(String key) {
      try {
        return Double.parseDouble(values.get(key).strip());
      } catch (NumberFormatException e) {
        throw bad(key, "a number");
      }
    }

    private TailorException bad(String key, String what) {
      return new TailorException(
          ErrorCode.CONFIG,
          key
              + " must be "
              + what
              + ", not '"
              + values.get(key)
              + "' (from "
              + origin.get(key)
              + ")");
    }
  }
}
