package dev.tailor.mail.export;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Appends one JSON line per recipient to a {@code .jsonl} file for another sending platform ({@link
 * JsonLine} gives the fields). Each line goes to the file in one write as soon as it is sent, so a
 * killed process loses nothing that was reported {@code SENT}; {@link #close()} forces the file to
 * disk.
 *
 * <p>Idempotent across reopen: opening reads the message ids already in the file, and a send of one
 * of them reports {@code SENT} with the same transport id ({@code FILE:LINE}) without writing. A
 * last line without its newline (a crash in the middle of a write) is cut off with a warning; any
 * other line that is not an export line stops the open with an error naming it. The file is locked
 * while open, so two processes cannot append at once. Thread-safe.
 */
public final class EspExportTransport implements MailTransport {
  private static final System.Logger LOG = System.getLogger(EspExportTransport.class.getName());
  private static final int ID_PREFIX_BYTES = 8192;

  private final Path file;
  private final String name;
  private final FileChannel channel;
  private final FileLock lock;
  private final Map<String, Integer> lineById = new HashMap<>();
  private int lines;
  private boolean closed;

  /** Opens (or creates) the export file and reads the ids it holds. */
  public EspExportTransport(EspExportSettings settings) {
    Objects.requireNonNull(settings, "settings");
    this.file = settings.file().toAbsolutePath().normalize();
    this.name = file.getFileName().toString();
    FileChannel ch = null;
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        throw new TailorException(
            ErrorCode.CONFIG, "the export file " + file + " is already open for writing");
      }
      this.lock = l;
      this.channel = ch;
      recover();
      channel.position(channel.size());
    } catch (IOException e) {
      closeQuietly(ch);
      throw new TailorException(
          ErrorCode.CONFIG, "cannot open the export file " + file + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  /** Reads every complete line's message id; cuts a torn last line. */
  private void recover() throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    byte[] prefix = new byte[ID_PREFIX_BYTES];
    int prefixLength = 0;
    long position = 0;
    long lineStart = 0;
    channel.position(0);
    while (channel.read(buf) > 0) {
      buf.flip();
      while (buf.hasRemaining()) {
        byte b = buf.get();
        position++;
        if (b == '\n') {
          lines++;
          String start = new String(prefix, 0, prefixLength, StandardCharsets.UTF_8);
          String id = JsonLine.messageIdOf(start);
          if (id == null) {
            throw new TailorException(
                ErrorCode.BAD_INPUT,
                file
                    + " line "
                    + lines
                    + " is not an export line (it should start with "
                    + JsonLine.PREFIX
                    + ")");
          }
          lineById.putIfAbsent(id, lines);
          prefixLength = 0;
          lineStart = position;
        } else if (prefixLength < prefix.length) {
          prefix[prefixLength++] = b;
        }
      }
      buf.clear();
    }
    if (position > lineStart) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0}: the last line ({1} bytes) has no newline, as after a crash during a write; it is"
              + " removed and its message will be exported again",
          file,
          position - lineStart);
      channel.truncate(lineStart);
      channel.force(true);
    }
  }

  @Override
  public DeliveryResult send(OutgoingEmail email) {
    Objects.requireNonNull(email, "email");
    byte[] line = null;
    synchronized (this) {
      requireOpen();
      Integer existing = lineById.get(email.messageId());
      if (existing != null) {
        return DeliveryResult.sent(name + ":" + existing, "already exported");
      }
    }
    line = JsonLine.of(email);
    synchronized (this) {
      requireOpen();
      Integer existing = lineById.get(email.messageId());
      if (existing != null) {
        return DeliveryResult.sent(name + ":" + existing, "already exported");
      }
      long before = -1;
      try {
        before = channel.position();
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
          channel.write(buf);
        }
      } catch (IOException e) {
        cutBack(before);
        throw new TailorException(ErrorCode.RUNTIME, "cannot append to " + file + ": " + e, e);
      }
      lines++;
      lineById.put(email.messageId(), lines);
      return DeliveryResult.sent(name + ":" + lines);
    }
  }

  /** After a failed write, removes what part of the line reached the file. */
  private void cutBack(long before) {
    if (before < 0) {
      return;
    }
    try {
      channel.truncate(before);
      channel.position(before);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot cut a partial line from {0}: {1}", file, e);
    }
  }

  /** How many lines the file holds. */
  public synchronized int lineCount() {
    return lines;
  }

  private void requireOpen() {
    if (closed) {
      throw new TailorException(ErrorCode.RUNTIME, "the export " + file + " is closed");
    }
  }

  @Override
  public String describe() {
    return "esp-export:" + file;
  }

  /** Forces the file to disk and releases it. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.force(true);
      lock.release();
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot flush " + file + ": " + e, e);
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // closing after a failure
      }
    }
  }
}
