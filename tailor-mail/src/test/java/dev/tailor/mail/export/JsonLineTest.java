package dev.tailor.mail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.mail.OutgoingEmail;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonLineTest {
  /** A JSON string escaped character by character: the definition the byte scan must meet. */
  private static void escaped(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static String byDefinition(OutgoingEmail e) {
    StringBuilder sb = new StringBuilder("{");
    String[][] fields = {
      {"message_id", e.messageId()}, {"to", e.to()}, {"from", e.from()},
      {"subject", e.subject()}, {"html", e.html()}, {"text", e.text()}
    };
    for (String[] f : fields) {
      escaped(sb, f[0]);
      sb.append(':');
      escaped(sb, f[1]);
      sb.append(',');
    }
    for (Map.Entry<String, Map<String, String>> o :
        Map.of("headers", e.headers(), "metadata", e.metadata()).entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .toList()) {
      escaped(sb, o.getKey());
      sb.append(":{");
      boolean first = true;
      for (Map.Entry<String, String> kv : o.getValue().entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        escaped(sb, kv.getKey());
        sb.append(':');
        escaped(sb, kv.getValue());
      }
      sb.append(o.getKey().equals("headers") ? "}," : "}");
    }
    return sb.append("}\n").toString();
  }

  private static String random(SplittableRandom random) {
    String alphabet = "ab <p>\"\\/\n\r\t\u0001\u001f\u007f\u2028\u2029€…‰é李😀\uD800";
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(80);
    while (sb.length() < length) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      if (random.nextInt(10) == 0) {
        sb.append("plain text ".repeat(random.nextInt(5)));
      }
    }
    return sb.toString();
  }

  /** Random text for a field that must not break lines (the subject, header values). */
  private static String oneLine(SplittableRandom random) {
    return random(random).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ");
  }

  @Test
  void aLineIsTheUtf8OfEveryFieldEscapedCharacterByCharacter() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 2_000; round++) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("List-Unsubscribe", oneLine(random));
      Map<String, String> metadata = new LinkedHashMap<>();
      metadata.put("decision", random(random));
      metadata.put(random(random), random(random));
      OutgoingEmail e =
          new OutgoingEmail(
              "m" + round,
              "news@shop.example",
              "anna" + round + "@example.com",
              oneLine(random),
              random(random),
              random(random),
              headers,
              metadata);
      // the same bytes (a lone surrogate becomes '?' in both)
      assertThat(JsonLine.of(e))
          .as("round %d", round)
          .isEqualTo(byDefinition(e).getBytes(StandardCharsets.UTF_8));
    }
  }
}
