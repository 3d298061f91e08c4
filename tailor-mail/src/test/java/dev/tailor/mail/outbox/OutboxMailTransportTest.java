package dev.tailor.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.mail.MimeReading;
import dev.tailor.mail.mime.MimeEmailBuilder;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.contract.MailTransportContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailTransportTest extends MailTransportContract {
  @TempDir Path temp;
  private Path dir;

  @Override
  protected MailTransport newTransport() {
    dir = temp.resolve("outbox");
    return new OutboxMailTransport(OutboxSettings.of(dir), FixedClock.fixedUtc());
  }

  @Override
  protected List<Received> received() {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".eml"))
          .sorted()
          .map(p -> MimeReading.received(MimeReading.parse(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OutgoingEmail withId(String id) {
    return new OutgoingEmail(
        id, "news@shop.example", "a@example.com", "s", "<p>h</p>", "t", Map.of(), Map.of());
  }

  @Test
  void idsThatLookLikePathsStayInsideTheFolder() throws IOException {
    List<String> ids =
        List.of(
            "../../escape", "a/b\\c", ".hidden", "..", "C:\\x", "ü".repeat(100), "x".repeat(400));
    for (String id : ids) {
      DeliveryResult r = transport.send(withId(id));
      assertThat(r.status()).isEqualTo(DeliveryResult.Status.SENT);
      assertThat(r.transportId()).doesNotContain("/", "\\").doesNotStartWith(".");
      assertThat(r.transportId().length()).isLessThan(200);
    }
    try (Stream<Path> all = Files.walk(temp)) {
      assertThat(all.filter(Files::isRegularFile))
          .allMatch(p -> p.getParent().equals(dir))
          .hasSize(ids.size());
    }
    transport.close();
    assertThat(received()).extracting(Received::messageId).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void anExistingFileIsNotRewritten() throws IOException {
    DeliveryResult first = transport.send(withId("m-1"));
    Path file = dir.resolve(first.transportId());
    Files.setLastModifiedTime(file, FileTime.fromMillis(0));
    byte[] before = Files.readAllBytes(file);

    OutboxMailTransport reopened =
        new OutboxMailTransport(OutboxSettings.of(dir), java.time.Clock.systemUTC());
    DeliveryResult again = reopened.send(withId("m-1"));

    assertThat(again.status()).isEqualTo(DeliveryResult.Status.SENT);
    assertThat(again.transportId()).isEqualTo(first.transportId());
    assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(reopened.fileOf("m-1")).isEqualTo(file.toAbsolutePath().normalize());
    reopened.close();
  }

  @Test
  void temporaryFilesLeftByACrashAreRemovedOnOpen() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(".tmp-123.eml"), "half a mess");
    new OutboxMailTransport(OutboxSettings.of(dir), FixedClock.fixedUtc()).close();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void filesAreValidMimeWithCrlfLineEndsAndDurableWhenAskedTo() throws IOException {
    OutboxMailTransport durable =
        new OutboxMailTransport(new OutboxSettings(dir, true), FixedClock.fixedUtc());
    DeliveryResult r = durable.send(email("m-d", "anna@example.com"));
    String raw = Files.readString(dir.resolve(r.transportId()));
    assertThat(raw).contains("\r\nX-Tailor-Message: m-d\r\n");
    assertThat(raw.replace("\r\n", "")).doesNotContain("\n");
    assertThat(durable.describe()).isEqualTo("outbox:" + dir.toAbsolutePath().normalize());
    durable.close();
  }

  @Test
  void eachFileHoldsExactlyTheBytesOfTheBuiltMessage() throws IOException {
    OutboxMailTransport outbox =
        new OutboxMailTransport(OutboxSettings.of(dir), FixedClock.fixedUtc());
    MimeEmailBuilder mime = new MimeEmailBuilder(FixedClock.fixedUtc());
    String html = "<p>Grüße, 20 €</p>\n".repeat(4_000) + "<p>" + "x".repeat(1_200) + "</p>";
    List<OutgoingEmail> emails =
        List.of(
            new OutgoingEmail(
                "m-big",
                "news@shop.example",
                "a@example.com",
                "s",
                html,
                "t\n",
                Map.of(),
                Map.of()),
            new OutgoingEmail(
                "m-html",
                "news@shop.example",
                "a@example.com",
                "s",
                "<p>h</p>",
                "",
                Map.of(),
                Map.of()),
            new OutgoingEmail(
                "m-text",
                "news@shop.example",
                "a@example.com",
                "s",
                "",
                "only\ntext",
                Map.of(),
                Map.of()));
    for (OutgoingEmail e : emails) {
      DeliveryResult r = outbox.send(e);
      assertThat(Files.readAllBytes(dir.resolve(r.transportId())))
          .as(e.messageId())
          .isEqualTo(mime.toBytes(e));
    }
    outbox.close();
  }

  @Test
  void aTornTemporaryFileOfTheSameMessageIsOverwrittenAndTheFileIsPrivate() throws IOException {
    OutboxMailTransport outbox =
        new OutboxMailTransport(OutboxSettings.of(dir), FixedClock.fixedUtc());
    Path torn = dir.resolve(".tmp-" + outbox.fileOf("m-t").getFileName());
    Files.writeString(torn, "half a message that is longer than nothing at all".repeat(5_000));
    DeliveryResult r = outbox.send(email("m-t", "anna@example.com"));
    String raw = Files.readString(dir.resolve(r.transportId()));
    assertThat(raw).contains("\r\nX-Tailor-Message: m-t\r\n").doesNotContain("half a message");
    assertThat(torn).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir.resolve(r.transportId()))))
          .isEqualTo("rw-------");
    }
    outbox.close();
  }
}
