package dev.tailor.reco.snapshot;

import dev.tailor.core.ErrorCode;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The model file format, version 1 (all numbers big-endian):
 *
 * <pre>
 *   8 bytes   magic "TAILORMD"
 *   int       format version (1)
 *   int       header length H, then H bytes of header ({@link SnapshotHeader}: algorithm,
 *             created-at, config hash, data hash, parameters, options, event weights, half-life,
 *             window, data window and counts, metrics)
 *   ...       model body, written by the algorithm's {@link ModelCodec}
 *   long      CRC-32 of every byte before it
 * </pre>
 *
 * A reader rejects a wrong magic, a newer format version, an unknown algorithm, a damaged length, a
 * checksum mismatch, a truncated file and trailing bytes, always naming the file.
 */
public final class SnapshotFormat {
  /** The format version this code writes and the newest it reads. */
  public static final int VERSION = 1;

  private static final byte[] MAGIC = "TAILORMD".getBytes(StandardCharsets.US_ASCII);

  private SnapshotFormat() {}

  /** Writes {@code model} with {@code header} to {@code out} (not closed). */
  public static void write(SnapshotHeader header, Model model, OutputStream out)
      throws IOException {
    if (!header.algorithm().equals(model.algorithm())) {
      throw new IllegalArgumentException(
          "the header says " + header.algorithm() + " but the model is " + model.algorithm());
    }
    CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32());
    DataOutputStream data = new DataOutputStream(checked);
    data.write(MAGIC);
    data.writeInt(VERSION);
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    ModelOutput headOut = new ModelOutput(head, Algorithms::codec);
    HeaderCodec.write(header, headOut);
    headOut.flush();
    data.writeInt(head.size());
    head.writeTo(data);
    ModelOutput body = new ModelOutput(data, Algorithms::codec);
    write(Algorithms.codec(model.algorithm()), model, body);
    body.flush();
    data.flush();
    long crc = checked.getChecksum().getValue();
    new DataOutputStream(out).writeLong(crc);
    out.flush();
  }

  private static <M extends Model> void write(ModelCodec<M> codec, Model model, ModelOutput out)
      throws IOException {
    codec.write(codec.type().cast(model), out);
  }

  /** Reads only the header of {@code file} (no checksum check). */
  public static SnapshotHeader readHeader(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      DataInputStream data = new DataInputStream(in);
      return header(data, Files.size(file), file);
    } catch (IOException e) {
      throw damaged(file, e);
    }
  }

  /** Reads {@code file} whole: header, model, checksum. */
  static Read read(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long size = Files.size(file);
      CheckedInputStream checked = new CheckedInputStream(raw, new CRC32());
      DataInputStream data = new DataInputStream(checked);
      SnapshotHeader header = header(data, size, file);
      if (!Algorithms.isKnown(header.algorithm())) {
        throw new SnapshotException(
            ErrorCode.BAD_INPUT,
            file
                + " holds a model of algorithm '"
                + header.algorithm()
                + "', which this version does not know (known: "
                + String.join(", ", Algorithms.names())
                + ")");
      }
      ModelInput body = new ModelInput(data, size, Algorithms::codec);
      Model model = Algorithms.codec(header.algorithm()).read(body);
      long expected = checked.getChecksum().getValue();
      long stored = data.readLong();
      if (stored != expected) {
        throw new IOException("checksum mismatch");
      }
      if (raw.read() != -1) {
        throw new IOException("unexpected bytes after the end of the model");
      }
      return new Read(header, model);
    } catch (SnapshotException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw damaged(file, e);
    }
  }

  /** A header and model read together. */
  record Read(SnapshotHeader header, Model model) {}

  private static SnapshotHeader header(DataInputStream data, long size, Path file)
      throws IOException {
    byte[] magic = new byte[MAGIC.length];
    data.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new SnapshotException(ErrorCode.BAD_INPUT, file + " is not a Tailor model file");
    }
    int version = data.readInt();
    if (version < 1 || version > VERSION) {
      throw new SnapshotException(
          ErrorCode.BAD_INPUT,
          file + " has model format version " + version + "; this version reads 1 to " + VERSION);
    }
    int length = data.readInt();
    if (length < 0 || length > size) {
      throw new IOException("damaged header length " + length);
    }
    byte[] head = new byte[length];
    data.readFully(head);
    ModelInput in = new ModelInput(new ByteArrayInputStream(head), length, Algorithms::codec);
    return HeaderCodec.read(in, version);
  }

  private static SnapshotException damaged(Path file, Exception e) {
    if (e instanceof SnapshotException s) {
      return s;
    }
    String what =
        e instanceof EOFException
            ? " is truncated"
            : " is damaged" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    ErrorCode code =
        e instanceof java.nio.file.NoSuchFileException ? ErrorCode.NOT_FOUND : ErrorCode.BAD_INPUT;
    if (code == ErrorCode.NOT_FOUND) {
      what = " does not exist";
    }
    return new SnapshotException(code, "model file " + file + what, e);
  }
}
