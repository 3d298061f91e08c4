package dev.tailor.campaign.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tailor.campaign.spec.CampaignSpec.DecideAt;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a campaign file into a {@link CampaignSpec}. Every problem is refused before anything is
 * planned, as {@code FILE: key.path: problem}: unknown keys (with the allowed ones), values out of
 * range, weights that do not sum to 1, a holdout over 50 %, duplicate variant names, YAML syntax.
 * Strategy and template files are checked by {@link CampaignFiles}.
 */
public final class CampaignParser {
  /** Largest campaign file read, in bytes. */
  public static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Set<String> TOP =
      Set.of(
          "key",
          "name",
          "audience",
          "frequency_cap",
          "pilot",
          "holdout",
          "variants",
          "send_time",
          "throttle",
          "decide_at",
          "delivery",
          "promoted");

  private final String file;

  private CampaignParser(String file) {
    this.file = file;
  }

  /** Parses a campaign file; strategy and template paths are relative to its folder. */
  public static CampaignSpec parse(Path path) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, path + ": larger than " + MAX_BYTES + " bytes");
      }
      String text = Files.readString(path, StandardCharsets.UTF_8);
      Path dir = path.toAbsolutePath().getParent();
      return parse(text, path.toString(), dir == null ? Path.of(".") : dir);
    } catch (IOException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "cannot read campaign file " + path + ": " + e);
    }
  }

  /** Parses campaign text; {@code file} names it in errors, {@code baseDir} anchors paths. */
  public static CampaignSpec parse(String text, String file, Path baseDir) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new TailorException(
          ErrorCode.BAD_INPUT, file + ":" + line + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new TailorException(ErrorCode.BAD_INPUT, file + ": the campaign file is empty");
    }
    return new CampaignParser(file).read(new SpecNode(file, "", root), baseDir, text);
  }

  private CampaignSpec read(SpecNode root, Path baseDir, String text) {
    root.object(TOP);
    SpecNode keyNode = root.child("key");
    String key = keyNode.text();
    try {
      Campaign.requireKey(key);
    } catch (TailorException e) {
      throw keyNode.error(e.getMessage());
    }
    String name = root.child("name").optionalText().orElse(key);
    HoldoutSpec holdout = holdout(root.child("holdout"));
    double pilot = root.child("pilot").number(0.01, 1.0, 1.0);
    List<Variant> variants = variants(root.child("variants"));
    return new CampaignSpec(
        key,
        name,
        audience(root.child("audience")),
        frequencyCap(root.child("frequency_cap")),
        pilot,
        holdout,
        variants,
        sendTime(root.child("send_time")),
        throttle(root.child("throttle")),
        DecideAt.valueOf(root.child("decide_at").choice("build", "build", "send")),
        delivery(root.child("delivery")),
        promoted(root.child("promoted"), pilot, variants),
        baseDir,
        text);
  }

  private static Optional<String> promoted(SpecNode n, double pilot, List<Variant> variants) {
    if (n.isMissing()) {
      return Optional.empty();
    }
    String name = n.text();
    if (variants.stream().noneMatch(v -> v.name().equals(name))) {
      throw n.error(
          "names no variant: '"
              + name
              + "' (variants: "
              + String.join(", ", variants.stream().map(Variant::name).toList())
              + ")");
    }
    if (pilot >= 1.0) {
      throw n.error("needs a pilot below 1: it is the variant of everyone outside the pilot");
    }
    return Optional.of(name);
  }

  private AudienceSpec audience(SpecNode n) {
    if (n.isMissing()) {
      return AudienceSpec.EVERYONE;
    }
    n.object(Set.of("consent", "active_within_days", "countries", "has_purchased", "attributes"));
    n.child("consent").choice("subscribed", "subscribed");
    Map<String, String> attributes = new LinkedHashMap<>();
    SpecNode a = n.child("attributes");
    if (!a.isMissing()) {
      a.object(allKeys(a));
      for (Iterator<String> it = a.keys(); it.hasNext(); ) {
        String k = it.next();
        attributes.put(k, a.child(k).text());
      }
    }
    SpecNode days = n.child("active_within_days");
    return new AudienceSpec(
        days.isMissing() ? OptionalInt.empty() : OptionalInt.of(days.integer(1, 3650, 0)),
        n.child("countries").stringList(),
        n.child("has_purchased").bool(),
        attributes);
  }

  private static Set<String> allKeys(SpecNode n) {
    Set<String> keys = new HashSet<>();
    if (!n.isMissing()) {
      try {
        n.keys().forEachRemaining(keys::add);
      } catch (RuntimeException e) {
        throw n.error("must be a mapping");
      }
    }
    return keys;
  }

  private FrequencyCap frequencyCap(SpecNode n) {
    if (n.isMissing()) {
      return FrequencyCap.DEFAULT;
    }
    n.object(Set.of("max", "days"));
    return new FrequencyCap(
        n.child("max").integer(0, 1000, FrequencyCap.DEFAULT.max()),
        n.child("days").integer(1, 365, FrequencyCap.DEFAULT.days()));
  }

  private HoldoutSpec holdout(SpecNode n) {
    if (n.isMissing()) {
      return HoldoutSpec.DEFAULT;
    }
    n.object(Set.of("share", "treatment", "strategy", "template", "subjects"));
    SpecNode share = n.child("share");
    if (!share.isMissing() && share.number(0, 1) > 0.5) {
      throw share.error("a holdout over 50 % leaves too few recipients; at most 0.5");
    }
    HoldoutSpec.Treatment treatment =
        HoldoutSpec.Treatment.valueOf(
            n.child("treatment").choice("no_email", "no_email", "generic"));
    Optional<Variant> generic = Optional.empty();
    if (treatment == HoldoutSpec.Treatment.GENERIC) {
      generic =
          Optional.of(
              new Variant(
                  "holdout",
                  1.0,
                  n.child("strategy").text(),
                  n.child("template").text(),
                  n.child("subjects").stringList()));
    } else if (!n.child("strategy").isMissing() || !n.child("template").isMissing()) {
      throw n.child("treatment").error("strategy and template need treatment: generic");
    }
    return new HoldoutSpec(share.number(0, 0.5, 0.10), treatment, generic);
  }

  private List<Variant> variants(SpecNode n) {
    if (n.isMissing()) {
      throw n.error("at least one variant is required");
    }
    List<SpecNode> nodes = n.list();
    if (nodes.isEmpty() || nodes.size() > 10) {
      throw n.error("needs 1 to 10 variants");
    }
    List<Variant> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    double sum = 0;
    for (SpecNode v : nodes) {
      v.object(Set.of("name", "weight", "strategy", "template", "subjects"));
      String vname = v.child("name").text();
      if (!names.add(vname)) {
        throw v.child("name").error("variant " + vname + " is named twice");
      }
      if ("holdout".equals(vname)) {
        throw v.child("name").error("'holdout' is reserved for the holdout group");
      }
      double weight = v.child("weight").number(0.0001, 1.0, nodes.size() == 1 ? 1.0 : -1);
      if (weight < 0) {
        throw v.child("weight").error("is required when there are several variants");
      }
      sum += weight;
      try {
        out.add(
            new Variant(
                vname,
                weight,
                v.child("strategy").text(),
                v.child("template").text(),
                v.child("subjects").stringList()));
      } catch (TailorException e) {
        throw v.error(e.getMessage());
      }
    }
    if (Math.abs(sum - 1.0) > 1e-6) {
      throw n.error(String.format(java.util.Locale.ROOT, "weights sum to %.4f, not 1", sum));
    }
    return out;
  }

  private SendTimeSpec sendTime(SpecNode n) {
    if (n.isMissing()) {
      return SendTimeSpec.NOW;
    }
    n.object(Set.of("policy", "at", "local_time", "default_timezone"));
    SendTimeSpec.Policy policy =
        SendTimeSpec.Policy.valueOf(
            n.child("policy").choice("now", "now", "fixed", "local", "best_hour"));
    Optional<Instant> at = Optional.empty();
    Optional<LocalTime> local = Optional.empty();
    if (policy == SendTimeSpec.Policy.FIXED) {
      SpecNode a = n.child("at");
      try {
        at = Optional.of(Instant.parse(a.text()));
      } catch (DateTimeParseException e) {
        throw a.error("must be an ISO-8601 instant such as 2026-11-27T09:00:00Z");
      }
    }
    if (policy == SendTimeSpec.Policy.LOCAL || policy == SendTimeSpec.Policy.BEST_HOUR) {
      SpecNode t = n.child("local_time");
      try {
        local = Optional.of(LocalTime.parse(t.text()));
      } catch (DateTimeParseException e) {
        throw t.error("must be a time of day such as 09:00");
      }
    }
    ZoneId zone = ZoneId.of("UTC");
    SpecNode z = n.child("default_timezone");
    if (!z.isMissing()) {
      try {
        zone = ZoneId.of(z.text());
      } catch (RuntimeException e) {
        throw z.error("unknown time zone '" + z.text() + "'");
      }
    }
    return new SendTimeSpec(policy, at, local, zone);
  }

  private ThrottleSpec throttle(SpecNode n) {
    if (n.isMissing()) {
      return ThrottleSpec.NONE;
    }
    n.object(Set.of("per_second", "per_hour"));
    return new ThrottleSpec(
        n.child("per_second").integer(0, 1_000_000, 0),
        n.child("per_hour").integer(0, 1_000_000_000, 0));
  }

  private DeliverySpec delivery(SpecNode n) {
    if (n.isMissing()) {
      return DeliverySpec.DEFAULT;
    }
    n.object(Set.of("channel", "dir", "file", "in_doubt"));
    DeliverySpec.Channel channel =
        DeliverySpec.Channel.valueOf(
            n.child("channel").choice("outbox", "outbox", "smtp", "esp_export"));
    Optional<String> path =
        switch (channel) {
          case OUTBOX -> Optional.of(n.child("dir").optionalText().orElse("tailor-data/outbox"));
          case ESP_EXPORT -> Optional.of(n.child("file").text());
          case SMTP -> Optional.empty();
        };
    if (channel != DeliverySpec.Channel.OUTBOX && !n.child("dir").isMissing()) {
      throw n.child("dir").error("only the outbox channel has a dir");
    }
    if (channel != DeliverySpec.Channel.ESP_EXPORT && !n.child("file").isMissing()) {
      throw n.child("file").error("only the esp_export channel has a file");
    }
    DeliverySpec.InDoubt inDoubt =
        DeliverySpec.InDoubt.valueOf(n.child("in_doubt").choice("resend", "resend", "give_up"));
    return new DeliverySpec(channel, path, inDoubt);
  }
}
