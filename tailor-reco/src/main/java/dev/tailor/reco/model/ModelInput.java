package dev.tailor.reco.model;

import dev.tailor.reco.data.IdIndex;
import java.io.DataInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The binary reader matching {@link ModelOutput}. It knows how many bytes remain, so a damaged
 * length field fails with an {@link IOException} instead of a huge allocation.
 */
public final class ModelInput {
  private static final int CHUNK = 1 << 16;

  private final Counting counting;
  private final DataInputStream in;
  private final long limit;
  private final Function<String, ModelCodec<?>> codecs;
  private final byte[] chunk = new byte[CHUNK];

  /**
   * Reads from {@code in}, of which at most {@code limit} bytes remain; {@code codecs} finds the
   * codec of a nested model by algorithm.
   */
  public ModelInput(InputStream in, long limit, Function<String, ModelCodec<?>> codecs) {
    this.counting = new Counting(in);
    this.in = new DataInputStream(counting);
    this.limit = limit;
    this.codecs = Objects.requireNonNull(codecs, "codecs");
  }

  public int readInt() throws IOException {
    return in.readInt();
  }

  public long readLong() throws IOException {
    return in.readLong();
  }

  public float readFloat() throws IOException {
    return in.readFloat();
  }

  public double readDouble() throws IOException {
    return in.readDouble();
  }

  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  public String readString() throws IOException {
    byte[] bytes = new byte[length(1)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public int[] readInts() throws IOException {
    int[] values = new int[length(Integer.BYTES)];
    for (int i = 0; i < values.length; ) {
      int n = Math.min(values.length - i, CHUNK / Integer.BYTES);
      in.readFully(chunk, 0, n * Integer.BYTES);
      ByteBuffer.wrap(chunk, 0, n * Integer.BYTES).asIntBuffer().get(values, i, n);
      i += n;
    }
    return values;
  }

  public float[] readFloats() throws IOException {
    float[] values = new float[length(Float.BYTES)];
    for (int i = 0; i < values.length; ) {
      int n = Math.min(values.length - i, CHUNK / Float.BYTES);
      in.readFully(chunk, 0, n * Float.BYTES);
      ByteBuffer.wrap(chunk, 0, n * Float.BYTES).asFloatBuffer().get(values, i, n);
      i += n;
    }
    return values;
  }

  /** Reads ids written by {@link ModelOutput#writeIdIndex}; duplicates fail. */
  public IdIndex readIdIndex() throws IOException {
    int n = length(Integer.BYTES);
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(readString());
    }
    try {
      return IdIndex.of(ids);
    } catch (IllegalArgumentException e) {
      throw new IOException("the item index is damaged: " + e.getMessage(), e);
    }
  }

  /** A nested model written by {@link ModelOutput#writeModel}. */
  public Model readModel() throws IOException {
    String algorithm = readString();
    ModelCodec<?> codec = codecs.apply(algorithm);
    return codec.read(this);
  }

  /** Reads a length and checks that that many elements of {@code size} bytes can remain. */
  public int length(int size) throws IOException {
    int n = in.readInt();
    long remaining = limit - counting.count;
    if (n < 0 || (long) n * size > remaining) {
      throw new IOException(
          "damaged length " + n + " at byte " + (counting.count - 4) + " (" + remaining + " left)");
    }
    return n;
  }

  /** Bytes read so far. */
  public long position() {
    return counting.count;
  }

  private static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
