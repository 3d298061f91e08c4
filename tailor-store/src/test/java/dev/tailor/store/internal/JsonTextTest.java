package dev.tailor.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  private static final List<String> AWKWARD =
      List.of(
          "",
          "a,b",
          "c|d",
          "e > f",
          "\"q\"",
          "back\\slash",
          "tab\tnew\nline\r",
          "\u0000\u001f\u007f",
          "😀 日本 שלום",
          "/");

  @Test
  void listsOfAnyStringsRoundTrip() {
    assertThat(JsonText.toList(JsonText.ofList(AWKWARD))).isEqualTo(AWKWARD);
    assertThat(JsonText.toList(JsonText.ofList(List.of()))).isEmpty();
  }

  @Test
  void mapsOfAnyStringsRoundTrip() {
    Map<String, String> map = Map.of("k,1", "v|1", "", "empty key", "😀", "\"\\\n");
    assertThat(JsonText.toMap(JsonText.ofMap(map))).isEqualTo(map);
    assertThat(JsonText.toMap("{}")).isEmpty();
  }

  @Test
  void theTextIsPlainJson() {
    assertThat(JsonText.ofList(List.of("a", "b\"c"))).isEqualTo("[\"a\",\"b\\\"c\"]");
    assertThat(JsonText.ofMap(Map.of("k", "v"))).isEqualTo("{\"k\":\"v\"}");
  }

  @Test
  void whitespaceAndEscapesWrittenByOtherToolsAreRead() {
    assertThat(JsonText.toList(" [ \"a\" , \"\\u00e9\\/\" ] ")).containsExactly("a", "é/");
    assertThat(JsonText.toMap("{ \"k\" : \"v\" }")).isEqualTo(Map.of("k", "v"));
  }

  @Test
  void brokenTextIsAStoreError() {
    assertThatThrownBy(() -> JsonText.toList("[\"a\"")).isInstanceOf(TailorException.class);
    assertThatThrownBy(() -> JsonText.toMap("{\"a\":1}")).isInstanceOf(TailorException.class);
  }
}
