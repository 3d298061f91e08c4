package dev.tailor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link MailTransport} contract. Each implementation extends it, returns a fresh transport
 * from {@link #newTransport()} and reads back what reached the other end (the SMTP server's
 * mailboxes, the outbox files, the export lines) in {@link #received()}. The suite closes the
 * transport before reading, so buffered output counts.
 *
 * <p>Bodies are compared after turning CRLF into LF and dropping trailing line breaks, since MIME
 * transports store lines with CRLF.
 */
public abstract class MailTransportContract {
  /** The transport under test, new for each test. */
  protected MailTransport transport;

  /** Opens a new transport whose destination holds nothing yet. */
  protected abstract MailTransport newTransport();

  /** Everything that reached the destination so far, one entry per delivered copy. */
  protected abstract List<Received> received();

  /** How many distinct messages the concurrency test sends (each from several threads). */
  protected int concurrentMessages() {
    return 100;
  }

  /**
   * One delivered email as read back from the destination.
   *
   * @param messageId Tailor's message id (the {@code X-Tailor-Message} header of a MIME message)
   * @param from the sender as written (display name decoded)
   * @param to the recipient as written (display name decoded)
   * @param subject the decoded subject
   * @param html the decoded HTML part
   * @param text the decoded text part
   * @param headers every header read back, decoded (names as written)
   */
  public record Received(
      String messageId,
      String from,
      String to,
      String subject,
      String html,
      String text,
      Map<String, String> headers) {}

  @BeforeEach
  public final void openTransport() {
    transport = newTransport();
  }

  @AfterEach
  public final void closeTransport() {
    if (transport != null) {
      transport.close();
    }
  }

  /** A typical campaign email to {@code to}, with the RFC 8058 unsubscribe headers. */
  protected static OutgoingEmail email(String messageId, String to) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "List-Unsubscribe",
        "<https://t.shop.example/u/" + messageId + ">, <mailto:news@shop.example?subject=unsub>");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return new OutgoingEmail(
        messageId,
        "Shop <news@shop.example>",
        to,
        "Your picks for this week",
        "<html><body><p>Hello</p><a href=\"https://shop.example/p/1\">Lamp</a></body></html>",
        "Hello\n\nLamp (https://shop.example/p/1)\n",
        headers,
        Map.of("customer_id", "c-" + messageId, "campaign", "weekly"));
  }

  @Test
  public void anEmailIsSentAndArrivesWithEveryPartAndHeader() {
    OutgoingEmail email = email("m-1", "Anna <anna@example.com>");
    DeliveryResult result = transport.send(email);

    assertThat(result.status()).isEqualTo(DeliveryResult.Status.SENT);
    assertThat(result.transportId()).isNotBlank();
    transport.close();
    List<Received> got = received();
    assertThat(got).hasSize(1);
    assertArrivedIntact(got.get(0), email);
  }

  @Test
  public void utf8SubjectBodyAndHeaderValuesArriveIntact() {
    String subject =
        "Zoë, вот ваши подборки недели 😀 — 日本語のおすすめ商品 and a long tail to force folding "
            + "of the encoded subject";
    String html = "<p>Grüße, Zoë 😀 — 李 שלום</p>\n<p>Preis: 12,50 €</p>";
    String text = "Grüße, Zoë 😀 — 李 שלום\nPreis: 12,50 €";
    OutgoingEmail email =
        new OutgoingEmail(
            "m-utf8",
            "Boutique Éléonore <news@shop.example>",
            "Zoë Ünal <zoe@example.com>",
            subject,
            html,
            text,
            Map.of("X-Campaign-Name", "Été 2025 — sélection"),
            Map.of());

    assertThat(transport.send(email).status()).isEqualTo(DeliveryResult.Status.SENT);
    transport.close();
    List<Received> got = received();
    assertThat(got).hasSize(1);
    assertArrivedIntact(got.get(0), email);
    assertThat(got.get(0).from()).contains("Boutique Éléonore").contains("news@shop.example");
    assertThat(got.get(0).to()).contains("Zoë Ünal").contains("zoe@example.com");
  }

  @Test
  public void longLinesAndLinesStartingWithADotOrFromSurvive() {
    String longLine = "<p>" + "word ".repeat(2000) + "</p>";
    String text = ".\n.. leading dots\nFrom the shop\n" + "x".repeat(3000) + "\n.";
    OutgoingEmail email =
        new OutgoingEmail(
            "m-long",
            "news@shop.example",
            "bob@example.com",
            "Long lines",
            longLine,
            text,
            Map.of(),
            Map.of());

    assertThat(transport.send(email).status()).isEqualTo(DeliveryResult.Status.SENT);
    transport.close();
    List<Received> got = received();
    assertThat(got).hasSize(1);
    assertArrivedIntact(got.get(0), email);
  }

  @Test
  public void sendingTheSameMessageIdTwiceDeliversOnceAndReportsTheSameResult() {
    OutgoingEmail email = email("m-twice", "carl@example.com");
    DeliveryResult first = transport.send(email);
    DeliveryResult second = transport.send(email);

    assertThat(first.status()).isEqualTo(DeliveryResult.Status.SENT);
    assertThat(second.status()).isEqualTo(DeliveryResult.Status.SENT);
    assertThat(second.transportId()).isEqualTo(first.transportId());
    transport.close();
    assertThat(received()).extracting(Received::messageId).containsExactly("m-twice");
  }

  @Test
  public void distinctMessagesToTheSameAddressAreAllDelivered() {
    for (int i = 0; i < 3; i++) {
      assertThat(transport.send(email("m-same-" + i, "dora@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);
    }
    transport.close();
    assertThat(received())
        .extracting(Received::messageId)
        .containsExactlyInAnyOrder("m-same-0", "m-same-1", "m-same-2");
  }

  @Test
  public void concurrentSendsFromSeveralThreadsDeliverEveryMessageExactlyOnce() throws Exception {
    int n = concurrentMessages();
    int threads = 4;
    List<OutgoingEmail> emails = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      emails.add(email("m-c-" + i, "user" + i + "@example.com"));
    }
    Map<String, List<String>> transportIds = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<OutgoingEmail> order = new ArrayList<>(emails);
        Collections.shuffle(order, new Random(42 + t));
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (OutgoingEmail e : order) {
                    DeliveryResult r = transport.send(e);
                    assertThat(r.status()).as(e.messageId()).isEqualTo(DeliveryResult.Status.SENT);
                    transportIds
                        .computeIfAbsent(
                            e.messageId(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(r.transportId());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    transport.close();

    List<Received> got = received();
    assertThat(got).hasSize(n);
    assertThat(got.stream().map(Received::messageId).collect(Collectors.toSet()))
        .hasSize(n)
        .containsExactlyInAnyOrderElementsOf(
            emails.stream().map(OutgoingEmail::messageId).toList());
    for (var e : transportIds.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).hasSize(threads);
      assertThat(Set.copyOf(e.getValue())).as(e.getKey()).hasSize(1);
    }
    Map<String, Received> byId =
        got.stream().collect(Collectors.toMap(Received::messageId, Function.identity()));
    for (OutgoingEmail e : emails) {
      assertThat(byId.get(e.messageId()).to()).contains(e.toAddress());
    }
  }

  @Test
  public void headerInjectionAttemptsAreRefusedAndNothingExtraIsDelivered() {
    List<Runnable> attempts =
        List.of(
            () -> email("m-x1", "eve@example.com\r\nBcc: victim@example.com"),
            () -> email("m-x2", "eve@example.com, victim@example.com"),
            () ->
                new OutgoingEmail(
                    "m-x3",
                    "news@shop.example",
                    "eve@example.com",
                    "Hi\r\nBcc: victim@example.com",
                    "",
                    "",
                    Map.of(),
                    Map.of()),
            () ->
                new OutgoingEmail(
                    "m-x4",
                    "news@shop.example",
                    "eve@example.com",
                    "Hi",
                    "",
                    "",
                    Map.of("X-Note", "a\nBcc: victim@example.com"),
                    Map.of()),
            () ->
                new OutgoingEmail(
                    "m-x5",
                    "news@shop.example",
                    "eve@example.com",
                    "Hi",
                    "",
                    "",
                    Map.of("Bcc", "victim@example.com"),
                    Map.of()),
            () ->
                new OutgoingEmail(
                    "m-x6",
                    "news@shop.example",
                    "eve@example.com",
                    "Hi",
                    "",
                    "",
                    Map.of("X-Evil: Bcc", "victim@example.com"),
                    Map.of()));
    for (Runnable attempt : attempts) {
      assertThatThrownBy(attempt::run).isInstanceOf(IllegalArgumentException.class);
    }
    // What looks like a header inside a legitimate value is kept as text, never as a header.
    OutgoingEmail tricky =
        new OutgoingEmail(
            "m-x-ok",
            "news@shop.example",
            "\"Eve, Bcc: victim@example.com\" <eve@example.com>",
            "Subject: Bcc: victim@example.com =?utf-8?q?not=20decoded?=",
            "<p>Bcc: victim@example.com</p>",
            "Bcc: victim@example.com",
            Map.of("X-Note", "Bcc: victim@example.com"),
            Map.of());
    assertThat(transport.send(tricky).status()).isEqualTo(DeliveryResult.Status.SENT);
    transport.close();

    List<Received> got = received();
    assertThat(got).hasSize(1);
    Received r = got.get(0);
    assertThat(r.messageId()).isEqualTo("m-x-ok");
    assertThat(r.subject()).isEqualTo(tricky.subject());
    assertThat(r.to()).contains("eve@example.com");
    assertThat(r.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("bcc"));
    assertThat(r.headers()).containsEntry("X-Note", "Bcc: victim@example.com");
  }

  @Test
  public void sendingAfterCloseFailsAndClosingTwiceIsHarmless() {
    transport.close();
    transport.close();
    assertThatThrownBy(() -> transport.send(email("m-late", "late@example.com")))
        .isInstanceOf(TailorException.class);
  }

  @Test
  public void describeNamesTheTransport() {
    assertThat(transport.describe()).isNotBlank();
  }

  /** Asserts that {@code got} is {@code sent} as read back from the destination. */
  protected static void assertArrivedIntact(Received got, OutgoingEmail sent) {
    assertThat(got.messageId()).isEqualTo(sent.messageId());
    assertThat(got.to()).contains(sent.toAddress());
    assertThat(got.from()).contains(sent.fromAddress());
    assertThat(got.subject()).isEqualTo(sent.subject());
    assertThat(normalize(got.html())).isEqualTo(normalize(sent.html()));
    assertThat(normalize(got.text())).isEqualTo(normalize(sent.text()));
    assertThat(got.headers()).containsAllEntriesOf(sent.headers());
  }

  /** CRLF to LF, trailing line breaks dropped. */
  protected static String normalize(String body) {
    String s = body.replace("\r\n", "\n");
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }
}
