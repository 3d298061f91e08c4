package dev.tailor.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RopeRenderTransformerTest {
  private static RopeRenderTransformer.Rope rope(Object... pieces) {
    RopeRenderTransformer.Rope r = new RopeRenderTransformer.Rope(2, 1_000, null);
    for (Object p : pieces) {
      r.append(p);
    }
    return r;
  }

  @Test
  void nestedRopesJoinInOrderWhateverTheirNumberOfPieces() {
    RopeRenderTransformer.Rope inner = rope("b", "", "c", 7);
    RopeRenderTransformer.Rope flatAlready = rope("d", "e");
    assertThat(flatAlready.toString()).isEqualTo("de");
    RopeRenderTransformer.Rope outer =
        rope("a", inner, flatAlready, rope(rope("f", "g"), "h"), inner);

    assertThat(outer.toString()).isEqualTo("abc7defghbc7");
    assertThat(outer.length()).isEqualTo(12);
    assertThat(outer.charAt(3)).isEqualTo('7');
  }

  @Test
  void aRopeOverTheOutputLimitFails() {
    RopeRenderTransformer.Rope small = new RopeRenderTransformer.Rope(2, 3, null);
    small.append("ab");
    assertThatThrownBy(() -> small.append("cd"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("limit of 3 characters");
  }

  @Test
  void loopsInsideLoopsRenderEveryPieceOnce() {
    LiquidRenderer liquid = LiquidRenderer.lenient(Duration.ofSeconds(10), 100_000);
    String out =
        liquid.renderNow(
            "t",
            "html",
            1,
            "[{% for i in (1..3) %}<{% for j in (1..2) %}{{ i }}{{ j }}{% if j == 1 %},{% endif %}"
                + "{% endfor %}>{% endfor %}]",
            Map.of());
    assertThat(out).isEqualTo("[<11,12><21,22><31,32>]");
  }
}
