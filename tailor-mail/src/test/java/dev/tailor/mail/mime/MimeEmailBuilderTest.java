package dev.tailor.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.mail.MimeReading;
import dev.tailor.testkit.FixedClock;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MimeEmailBuilderTest {
  private final MimeEmailBuilder builder = new MimeEmailBuilder(FixedClock.fixedUtc());

  private static OutgoingEmail email(String html, String text, Map<String, String> headers) {
    return new OutgoingEmail(
        "cmp-7/c-42",
        "Shop <news@Shop.Example>",
        "anna@example.com",
        "Hi",
        html,
        text,
        headers,
        Map.of("decision", "{}"));
  }

  @Test
  void textAndHtmlBecomeMultipartAlternativeWithTheTextFirst() throws Exception {
    MimeMessage m = builder.build(email("<p>Hi</p>", "Hi", Map.of()));

    assertThat(m.getContentType()).startsWith("multipart/alternative");
    MimeMultipart mp = (MimeMultipart) m.getContent();
    assertThat(mp.getCount()).isEqualTo(2);
    assertThat(mp.getBodyPart(0).getContentType())
        .isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(mp.getBodyPart(1).getContentType())
        .isEqualToIgnoringCase("text/html; charset=UTF-8");
    assertThat(m.getHeader("MIME-Version", null)).isEqualTo("1.0");
  }

  @Test
  void transferEncodingFollowsTheContent() throws Exception {
    String ascii = "Hello";
    String longAscii = "x".repeat(1500);
    String cyrillic = "Привет, это ваши подборки недели";
    MimeMultipart mp =
        (MimeMultipart) builder.build(email(longAscii, ascii, Map.of())).getContent();
    assertThat(((MimeBodyPart) mp.getBodyPart(0)).getEncoding()).isEqualTo("7bit");
    assertThat(((MimeBodyPart) mp.getBodyPart(1)).getEncoding()).isEqualTo("quoted-printable");

    MimeMultipart mostlyLatin =
        (MimeMultipart)
            builder.build(email("<p>Grüße aus Köln</p>", cyrillic, Map.of())).getContent();
    assertThat(((MimeBodyPart) mostlyLatin.getBodyPart(0)).getEncoding()).isEqualTo("base64");
    assertThat(((MimeBodyPart) mostlyLatin.getBodyPart(1)).getEncoding())
        .isEqualTo("quoted-printable");
  }

  @Test
  void everyLineOfTheWrittenMessageStaysWithinTheSmtpLimit() {
    String text = "ü".repeat(5000) + "\n" + "a".repeat(5000);
    byte[] bytes = builder.toBytes(email("<p>" + "b".repeat(5000) + "</p>", text, Map.of()));
    for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\r\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(998);
    }
    for (byte b : bytes) {
      assertThat(b & 0xff).as("8-bit byte in the message").isLessThan(128);
    }
  }

  @Test
  void messageIdComesFromTheMessageIdAndTheSendersDomain() throws Exception {
    OutgoingEmail e = email("<p>Hi</p>", "Hi", Map.of());
    MimeMessage m = builder.build(e);

    assertThat(m.getMessageID()).isEqualTo("<tailor.cmp-7=2Fc-42@shop.example>");
    assertThat(MimeEmailBuilder.messageIdHeader(e)).isEqualTo(m.getMessageID());
    assertThat(builder.build(e).getMessageID()).isEqualTo(m.getMessageID());
    assertThat(m.getHeader("X-Tailor-Message", null)).isEqualTo("cmp-7/c-42");
  }

  @Test
  void anInternationalSenderDomainIsWrittenInAsciiInTheMessageId() {
    OutgoingEmail e =
        new OutgoingEmail(
            "m 1", "news@bücher.example", "a@example.com", "s", "h", "t", Map.of(), Map.of());
    assertThat(MimeEmailBuilder.messageIdHeader(e))
        .isEqualTo("<tailor.m=201@xn--bcher-kva.example>");
  }

  @Test
  void dateComesFromTheClockAndExtraHeadersKeepTheirOrder() throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<https://t.shop.example/u/abc>, <mailto:u@shop.example>");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    headers.put("X-Campaign", "été");
    MimeMessage m = builder.build(email("<p>Hi</p>", "Hi", headers));

    assertThat(m.getSentDate().toInstant()).isEqualTo(FixedClock.fixedUtc().instant());
    assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(m.getHeader("X-Campaign", null)).startsWith("=?UTF-8?B?");
    var received = MimeReading.received(m);
    assertThat(received.headers()).containsAllEntriesOf(headers);
    assertThat(received.headers().keySet())
        .containsSubsequence("List-Unsubscribe", "List-Unsubscribe-Post", "X-Campaign");
  }

  @Test
  void anAsciiSubjectThatLooksEncodedIsEncodedSoItReadsBackVerbatim() throws Exception {
    OutgoingEmail e =
        new OutgoingEmail(
            "m1", "a@shop.example", "b@example.com", "=?utf-8?q?trick?=", "", "t", null, null);
    assertThat(builder.build(e).getSubject()).isEqualTo("=?utf-8?q?trick?=");
  }

  @Test
  void aMessageWithOnlyTextIsASinglePart() throws Exception {
    MimeMessage m = builder.build(email("", "only text", Map.of()));
    assertThat(m.getContentType()).startsWith("text/plain");
    assertThat(m.getContent()).isEqualTo("only text");
  }

  @Test
  void anUnparseableRecipientIsAnInvalidAddressAndABadSenderIsBadInput() {
    OutgoingEmail badTo =
        new OutgoingEmail("m1", "a@shop.example", "b@@example.com", "s", "h", "t", null, null);
    assertThatThrownBy(() -> builder.build(badTo)).isInstanceOf(InvalidAddressException.class);
    OutgoingEmail nonAscii =
        new OutgoingEmail("m1", "a@shop.example", "zoë@example.com", "s", "h", "t", null, null);
    assertThatThrownBy(() -> builder.build(nonAscii)).isInstanceOf(InvalidAddressException.class);
    OutgoingEmail badFrom =
        new OutgoingEmail("m1", "a@shop..example", "b@example.com", "s", "h", "t", null, null);
    assertThatThrownBy(() -> builder.build(badFrom))
        .isInstanceOf(TailorException.class)
        .isNotInstanceOf(InvalidAddressException.class);
  }
}
