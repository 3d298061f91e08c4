package dev.tailor.reco.snapshot;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Writes and reads the fields of a {@link SnapshotHeader}, in a fixed order. */
final class HeaderCodec {
  private HeaderCodec() {}

  static void write(SnapshotHeader h, ModelOutput out) throws IOException {
    out.writeString(h.algorithm());
    out.writeLong(h.createdAt().toEpochMilli());
    out.writeString(h.configHash());
    out.writeString(h.dataHash());
    TrainingConfig c = h.config();
    AlgorithmParams p = c.params();
    out.writeInt(p.factors());
    out.writeInt(p.iterations());
    out.writeDouble(p.regularization());
    out.writeDouble(p.alpha());
    out.writeInt(p.threads());
    out.writeLong(p.seed());
    writeMap(out, c.options().asMap());
    Map<String, String> weights = new LinkedHashMap<>();
    c.weights().weights().forEach((t, w) -> weights.put(t.wireName(), Double.toString(w)));
    writeMap(out, weights);
    out.writeLong(c.weights().halfLife().toMillis());
    out.writeLong(c.window().map(Duration::toMillis).orElse(-1L));
    DataSummary d = h.data();
    out.writeLong(d.first().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE));
    out.writeLong(d.last().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE));
    out.writeLong(d.events());
    out.writeInt(d.customers());
    out.writeInt(d.products());
    out.writeLong(d.interactions());
    out.writeInt(d.catalog());
    out.writeInt(h.metrics().size());
    for (Map.Entry<String, Double> m : h.metrics().entrySet()) {
      out.writeString(m.getKey());
      out.writeDouble(m.getValue());
    }
  }

  static SnapshotHeader read(ModelInput in, int formatVersion) throws IOException {
    String algorithm = in.readString();
    Instant createdAt = Instant.ofEpochMilli(in.readLong());
    String configHash = in.readString();
    String dataHash = in.readString();
    try {
      AlgorithmParams params =
          new AlgorithmParams(
              in.readInt(),
              in.readInt(),
              in.readDouble(),
              in.readDouble(),
              in.readInt(),
              in.readLong());
      AlgorithmOptions options = AlgorithmOptions.of(readMap(in));
      EnumMap<EventType, Double> weights = new EnumMap<>(EventType.class);
      for (Map.Entry<String, String> w : readMap(in).entrySet()) {
        weights.put(EventType.parse(w.getKey()), Double.parseDouble(w.getValue()));
      }
      WeightScheme scheme = new WeightScheme(weights, Duration.ofMillis(in.readLong()));
      long window = in.readLong();
      TrainingConfig config =
          new TrainingConfig(
              algorithm,
              params,
              options,
              scheme,
              window < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(window)));
      DataSummary data =
          new DataSummary(
              instant(in.readLong()),
              instant(in.readLong()),
              in.readLong(),
              in.readInt(),
              in.readInt(),
              in.readLong(),
              in.readInt());
      int count = in.length(Double.BYTES);
      Map<String, Double> metrics = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        metrics.put(in.readString(), in.readDouble());
      }
      return new SnapshotHeader(
          formatVersion, algorithm, createdAt, config, configHash, data, dataHash, metrics);
    } catch (TailorException | IllegalArgumentException e) {
      throw new IOException("the header is damaged: " + e.getMessage(), e);
    }
  }

  private static Optional<Instant> instant(long millis) {
    return millis == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  private static void writeMap(ModelOutput out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeString(e.getKey());
      out.writeString(e.getValue());
    }
  }

  private static Map<String, String> readMap(ModelInput in) throws IOException {
    int n = in.length(2 * Integer.BYTES);
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(in.readString(), in.readString());
    }
    return map;
  }
}
