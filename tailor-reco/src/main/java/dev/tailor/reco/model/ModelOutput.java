package dev.tailor.reco.model;

import dev.tailor.reco.data.IdIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * The binary writer a {@link ModelCodec} writes a model body with: big-endian primitives, arrays
 * with their length, UTF-8 strings, id indexes, and nested models (for blends) through the codec
 * registered for their algorithm.
 */
public final class ModelOutput {
  private static final int CHUNK = 1 << 16;

  private final DataOutputStream out;
  private final Function<String, ModelCodec<?>> codecs;
  private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);

  /** Writes to {@code out}; {@code codecs} finds the codec of a nested model by algorithm. */
  public ModelOutput(OutputStream out, Function<String, ModelCodec<?>> codecs) {
    this.out = new DataOutputStream(out);
    this.codecs = Objects.requireNonNull(codecs, "codecs");
  }

  public void writeInt(int v) throws IOException {
    out.writeInt(v);
  }

  public void writeLong(long v) throws IOException {
    out.writeLong(v);
  }

  public void writeFloat(float v) throws IOException {
    out.writeFloat(v);
  }

  public void writeDouble(double v) throws IOException {
    out.writeDouble(v);
  }

  public void writeBoolean(boolean v) throws IOException {
    out.writeBoolean(v);
  }

  /** A UTF-8 string of any length. */
  public void writeString(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** The length, then the values. */
  public void writeInts(int[] values) throws IOException {
    out.writeInt(values.length);
    for (int i = 0; i < values.length; ) {
      buffer.clear();
      while (i < values.length && buffer.remaining() >= Integer.BYTES) {
        buffer.putInt(values[i++]);
      }
      out.write(buffer.array(), 0, buffer.position());
    }
  }

  /** The length, then the values. */
  public void writeFloats(float[] values) throws IOException {
    out.writeInt(values.length);
    for (int i = 0; i < values.length; ) {
      buffer.clear();
      while (i < values.length && buffer.remaining() >= Float.BYTES) {
        buffer.putFloat(values[i++]);
      }
      out.write(buffer.array(), 0, buffer.position());
    }
  }

  /** The ids in index order. */
  public void writeIdIndex(IdIndex index) throws IOException {
    out.writeInt(index.size());
    for (String id : index.ids()) {
      writeString(id);
    }
  }

  /** A nested model: its algorithm name, then its body through its registered codec. */
  public void writeModel(Model model) throws IOException {
    writeString(model.algorithm());
    write(codecs.apply(model.algorithm()), model);
  }

  private <M extends Model> void write(ModelCodec<M> codec, Model model) throws IOException {
    codec.write(codec.type().cast(model), this);
  }

  public void flush() throws IOException {
    out.flush();
  }
}
