package dev.tailor.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingEmailTest {
  private static OutgoingEmail email(String from, String to, Map<String, String> headers) {
    return new OutgoingEmail("m1", from, to, "Hi", "<p>x</p>", "x", headers, Map.of());
  }

  @Test
  void aPlainEmailIsAccepted() {
    OutgoingEmail e =
        email(
            "\"Shop, Inc.\" <news@shop.example>",
            "Anna <anna@example.com>",
            Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    assertThat(e.toAddress()).isEqualTo("anna@example.com");
    assertThat(e.fromAddress()).isEqualTo("news@shop.example");
  }

  @Test
  void lineBreaksAndNulAnywhereAreRefused() {
    assertThatThrownBy(() -> email("a@x.example", "b@y.example\r\nBcc: c@z.example", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("X-A", "v\nBcc: c@z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("X-A", "v\0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headerNamesMustBeFieldNamesAndNotReserved() {
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("Bcc", "c@z.example")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bcc");
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("content-type", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("X-A: b", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("X Space", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example", "b@y.example", Map.of("X-Ü", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toAndFromHoldExactlyOneAddress() {
    assertThatThrownBy(() -> email("a@x.example", "b@y.example, c@z.example", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> email("a@x.example", "b@y.example; c@z.example", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example", "not an address", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email("a@x.example, b@y.example", "c@z.example", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
