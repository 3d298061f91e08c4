package dev.tailor.mail.outbox;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.mail.dkim.DkimMessageSigner;
import dev.tailor.mail.mime.InvalidAddressException;
import dev.tailor.mail.mime.MimeEmailBuilder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes each message as one {@code .eml} file (RFC 5322, CRLF) into a folder, the demo's default
 * and a way to inspect a campaign without sending. A file is written to a hidden temporary name and
 * renamed into place, so a reader never sees half a message; leftovers of a crash are removed when
 * the outbox opens. The name comes from the message id ({@code OutboxFileNames}) and never leaves
 * the folder. Idempotent: when the file exists the send reports {@code SENT} with the same
 * transport id (the file name) and does not rewrite it. Thread-safe; sends of the same id are
 * serialized by a lock stripe.
 */
public final class OutboxMailTransport implements MailTransport {
  private static final String TEMP_PREFIX = ".tmp-";
  private static final int STRIPES = 64;
  private static final Set<StandardOpenOption> NEW_FILE =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  private final Path directory;
  private final boolean fsync;
  private final MimeEmailBuilder mime;
  private final Optional<DkimMessageSigner> dkim;
  private final Object[] locks = new Object[STRIPES];
  private final AtomicBoolean closed = new AtomicBoolean();
  private final FileAttribute<?>[] privateFile;

  /** Opens (and creates) the outbox folder and removes temporary files left by a crash. */
  public OutboxMailTransport(OutboxSettings settings, Clock clock) {
    this(settings, clock, Optional.empty());
  }

  /** An outbox whose files are DKIM-signed with {@code dkim} when present. */
  public OutboxMailTransport(
      OutboxSettings settings, Clock clock, Optional<DkimMessageSigner> dkim) {
    Objects.requireNonNull(settings, "settings");
    this.dkim = Objects.requireNonNull(dkim, "dkim");
    this.directory = settings.directory().toAbsolutePath().normalize();
    this.fsync = settings.fsync();
    this.mime = new MimeEmailBuilder(clock);
    this.privateFile =
        directory.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
    try {
      Files.createDirectories(directory);
      try (DirectoryStream<Path> leftovers =
          Files.newDirectoryStream(directory, TEMP_PREFIX + "*")) {
        for (Path p : leftovers) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new TailorException(
          ErrorCode.CONFIG, "cannot open the outbox folder " + directory + ": " + e, e);
    }
  }

  @Override
  public DeliveryResult send(OutgoingEmail email) {
    Objects.requireNonNull(email, "email");
    requireOpen();
    String name = OutboxFileNames.of(email.messageId());
    Path target = directory.resolve(name);
    if (!target.getParent().equals(directory)) {
      throw new IllegalStateException("outbox file name escapes the folder: " + name);
    }
    synchronized (locks[Math.floorMod(name.hashCode(), STRIPES)]) {
      if (Files.exists(target)) {
        return DeliveryResult.sent(name, "already in the outbox");
      }
      ByteBuffer[] pieces;
      try {
        // signed: the signer needs the whole message; unsigned: its pieces, written as they are
        pieces =
            dkim.isPresent()
                ? new ByteBuffer[] {ByteBuffer.wrap(dkim.get().sign(mime.toBytes(email)))}
                : mime.toBuffers(email);
      } catch (InvalidAddressException e) {
        return DeliveryResult.bounced("address: " + e.getMessage());
      }
      write(target, pieces);
      return DeliveryResult.sent(name);
    }
  }

  private void write(Path target, ByteBuffer[] pieces) {
    Path temp = null;
    try {
      // Named after the target: only the thread holding this name's lock stripe writes it.
      temp = directory.resolve(TEMP_PREFIX + target.getFileName());
      try (FileChannel ch = createPrivate(temp)) {
        long left = 0;
        for (ByteBuffer b : pieces) {
          left += b.remaining();
        }
        while (left > 0) {
          left -= ch.write(pieces);
        }
        if (fsync) {
          ch.force(true);
        }
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
      temp = null;
      if (fsync) {
        forceDirectory();
      }
    } catch (IOException e) {
      throw new TailorException(
          ErrorCode.RUNTIME,
          "cannot write " + target.getFileName() + " in " + directory + ": " + e,
          e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the next open removes it
        }
      }
    }
  }

  /**
   * Creates and opens {@code temp} in one call, private to the owner like a temporary file; a
   * leftover of a crash under the same name is removed first.
   */
  private FileChannel createPrivate(Path temp) throws IOException {
    try {
      return FileChannel.open(temp, NEW_FILE, privateFile);
    } catch (FileAlreadyExistsException e) {
      Files.delete(temp);
      return FileChannel.open(temp, NEW_FILE, privateFile);
    }
  }

  /** Makes the rename durable; some systems cannot open a folder for this, which is tolerated. */
  private void forceDirectory() {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // not supported here (e.g. Windows): the file itself was forced
    }
  }

  /** The file a message is (or would be) written to. */
  public Path fileOf(String messageId) {
    return directory.resolve(OutboxFileNames.of(messageId));
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new TailorException(ErrorCode.RUNTIME, "the outbox " + directory + " is closed");
    }
  }

  @Override
  public String describe() {
    return "outbox:" + directory;
  }

  @Override
  public void close() {
    closed.set(true);
  }
}
