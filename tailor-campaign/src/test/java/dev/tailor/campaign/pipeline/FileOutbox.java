package dev.tailor.campaign.pipeline;

import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An idempotent file transport for the crash test: one file per message id, written to a temporary
 * name and renamed; a second send of the same id finds the file and delivers nothing new. Every
 * call is first appended to {@code attempts.log}, so the test sees how often each message was
 * handed over. A pause per send keeps a run long enough to be killed in the middle.
 */
final class FileOutbox implements MailTransport {
  private final Path dir;
  private final long pauseMillis;

  FileOutbox(Path dir, long pauseMillis) {
    this.dir = dir;
    this.pauseMillis = pauseMillis;
    try {
      Files.createDirectories(dir.resolve("mail"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public DeliveryResult send(OutgoingEmail email) {
    String id = email.messageId();
    try {
      synchronized (this) {
        Files.writeString(
            dir.resolve("attempts.log"),
            id + "\n",
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
      Thread.sleep(pauseMillis);
      Path target = dir.resolve("mail").resolve(id + ".eml");
      if (!Files.exists(target)) {
        Path tmp = dir.resolve("mail").resolve(id + ".tmp-" + Thread.currentThread().getId());
        Files.writeString(tmp, email.to() + "\n" + email.subject() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return DeliveryResult.sent(id + ".eml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String describe() {
    return "file-outbox";
  }

  @Override
  public void close() {}
}
