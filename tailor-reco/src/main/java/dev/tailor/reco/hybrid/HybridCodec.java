package dev.tailor.reco.hybrid;

import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Writes a {@link HybridModel}: normalisation, notes, then each component (weight, routing flags,
 * nested model through its own codec), then the warm products as hybrid item indexes (the hybrid
 * index is rebuilt from the components in the same order).
 */
final class HybridCodec implements ModelCodec<HybridModel> {
  @Override
  public Class<HybridModel> type() {
    return HybridModel.class;
  }

  @Override
  public void write(HybridModel m, ModelOutput out) throws IOException {
    out.writeString(m.normalization().name());
    out.writeInt(m.notes().size());
    for (String note : m.notes()) {
      out.writeString(note);
    }
    out.writeInt(m.components().size());
    for (HybridModel.Component c : m.components()) {
      out.writeFloat(c.weight());
      out.writeBoolean(c.coldCustomers());
      out.writeBoolean(c.coldItems());
      out.writeModel(c.model());
    }
    out.writeInts(m.warm().stream().toArray());
  }

  @Override
  public HybridModel read(ModelInput in) throws IOException {
    HybridConfig.Normalization normalization;
    try {
      normalization = HybridConfig.Normalization.valueOf(in.readString());
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown normalisation", e);
    }
    int noteCount = in.length(Integer.BYTES);
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < noteCount; i++) {
      notes.add(in.readString());
    }
    int count = in.length(Float.BYTES + 2);
    List<HybridModel.Component> components = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      float weight = in.readFloat();
      boolean coldCustomers = in.readBoolean();
      boolean coldItems = in.readBoolean();
      try {
        components.add(new HybridModel.Component(in.readModel(), weight, coldCustomers, coldItems));
      } catch (IllegalArgumentException e) {
        throw new IOException("damaged hybrid component: " + e.getMessage(), e);
      }
    }
    BitSet warm = new BitSet();
    for (int i : in.readInts()) {
      if (i < 0) {
        throw new IOException("damaged warm product index " + i);
      }
      warm.set(i);
    }
    try {
      return new HybridModel(components, warm, normalization, notes);
    } catch (IllegalArgumentException e) {
      throw new IOException("damaged hybrid: " + e.getMessage(), e);
    }
  }
}
