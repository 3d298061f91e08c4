package dev.tailor.mail.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.testkit.contract.MailTransportContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspExportTransportTest extends MailTransportContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path file;

  @Override
  protected MailTransport newTransport() {
    file = temp.resolve("export/out.jsonl");
    return new EspExportTransport(new EspExportSettings(file));
  }

  @Override
  protected List<Received> received() {
    List<Received> out = new ArrayList<>();
    for (JsonNode n : lines()) {
      out.add(
          new Received(
              n.get("message_id").asText(),
              n.get("from").asText(),
              n.get("to").asText(),
              n.get("subject").asText(),
              n.get("html").asText(),
              n.get("text").asText(),
              JSON.convertValue(n.get("headers"), new TypeReference<Map<String, String>>() {})));
    }
    return out;
  }

  private List<JsonNode> lines() {
    try {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eachLineHoldsTheFieldsAndTheMetadataWithTheDecisionAsAString() throws IOException {
    String decision =
        "{\"slots\":[{\"name\":\"picks\",\"items\":[\"p1\",\"p2\"]}],\"note\":\"a\\nb\"}";
    OutgoingEmail e =
        new OutgoingEmail(
            "m-1",
            "Shop <news@shop.example>",
            "anna@example.com",
            "Picks \u2028 for you",
            "<p>\"quoted\" \\ back</p>\n<p>line\u0001</p>",
            "text",
            Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            Map.of(
                "customer_id", "c1", "campaign", "weekly", "variant", "ai", "decision", decision));
    transport.send(e);
    transport.close();

    String raw = Files.readString(file);
    assertThat(raw).startsWith("{\"message_id\":\"m-1\"").endsWith("}\n").doesNotContain("\u2028");
    assertThat(raw.lines()).hasSize(1);
    JsonNode n = lines().get(0);
    assertThat(n.fieldNames())
        .toIterable()
        .containsExactly(
            "message_id", "to", "from", "subject", "html", "text", "headers", "metadata");
    assertThat(n.get("html").asText()).isEqualTo(e.html());
    assertThat(n.get("subject").asText()).isEqualTo(e.subject());
    assertThat(n.get("metadata").get("decision").asText()).isEqualTo(decision);
    assertThat(JSON.readTree(n.get("metadata").get("decision").asText()).get("slots").size())
        .isEqualTo(1);
    assertThat(n.get("metadata").get("customer_id").asText()).isEqualTo("c1");
  }

  @Test
  void aReopenedExportKnowsWhatItHoldsAndReportsTheSameTransportIds() {
    DeliveryResult a = transport.send(email("m-a", "a@example.com"));
    DeliveryResult b = transport.send(email("m-b \"quoted\" ü", "b@example.com"));
    transport.close();

    try (EspExportTransport reopened = new EspExportTransport(new EspExportSettings(file))) {
      assertThat(reopened.lineCount()).isEqualTo(2);
      DeliveryResult again = reopened.send(email("m-a", "a@example.com"));
      assertThat(again.status()).isEqualTo(DeliveryResult.Status.SENT);
      assertThat(again.transportId()).isEqualTo(a.transportId()).isEqualTo("out.jsonl:1");
      assertThat(reopened.send(email("m-b \"quoted\" ü", "b@example.com")).transportId())
          .isEqualTo(b.transportId());
      assertThat(reopened.send(email("m-c", "c@example.com")).transportId())
          .isEqualTo("out.jsonl:3");
    }
    assertThat(lines())
        .extracting(n -> n.get("message_id").asText())
        .containsExactly("m-a", "m-b \"quoted\" ü", "m-c");
  }

  @Test
  void aTornLastLineIsCutOffAndItsMessageExportedAgain() throws IOException {
    transport.send(email("m-a", "a@example.com"));
    transport.close();
    Files.writeString(file, "{\"message_id\":\"m-b\",\"to\":\"b@exa", StandardOpenOption.APPEND);

    try (EspExportTransport reopened = new EspExportTransport(new EspExportSettings(file))) {
      assertThat(reopened.lineCount()).isEqualTo(1);
      DeliveryResult r = reopened.send(email("m-b", "b@example.com"));
      assertThat(r.transportId()).isEqualTo("out.jsonl:2");
    }
    assertThat(lines()).extracting(n -> n.get("message_id").asText()).containsExactly("m-a", "m-b");
  }

  @Test
  void aForeignLineInTheMiddleStopsTheOpenWithItsLineNumber() throws IOException {
    transport.close();
    Files.writeString(file, "{\"message_id\":\"m-a\"}\nnot json\n{\"message_id\":\"m-c\"}\n");
    assertThatThrownBy(() -> new EspExportTransport(new EspExportSettings(file)))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void theFileCannotBeOpenedTwiceAtOnce() {
    assertThatThrownBy(() -> new EspExportTransport(new EspExportSettings(file)))
        .isInstanceOf(TailorException.class)
        .matches(e -> ((TailorException) e).code() == ErrorCode.CONFIG)
        .hasMessageContaining("already open");
  }

  @Test
  void describeNamesTheFile() {
    assertThat(transport.describe()).isEqualTo("esp-export:" + file.toAbsolutePath().normalize());
  }
}
