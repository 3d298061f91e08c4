package dev.tailor.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.render.model.TemplateRenderException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiquidRendererTest {
  private static final String LOOP = "{% for i in (1..50) %}<p>{{ i }}</p>{% endfor %}";

  @Test
  void aRenderPastItsDeadlineStopsWithAnErrorNamingTheTemplateAndTheLimit() {
    // a deadline already passed when the render starts: no timing involved
    LiquidRenderer liquid = LiquidRenderer.lenient(Duration.ofMillis(-1), 100_000);
    assertThatThrownBy(
            () -> liquid.limited("slow", () -> liquid.renderNow("slow", "html", 1, LOOP, Map.of())))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessage("slow: the render took longer than the limit of -1 ms");
  }

  @Test
  void theDeadlineEndsWithItsRenderAndRendersOutsideALimitHaveNone() {
    LiquidRenderer expired = LiquidRenderer.lenient(Duration.ofMillis(-1), 100_000);
    assertThatThrownBy(
            () -> expired.limited("a", () -> expired.renderNow("a", "x", 1, LOOP, Map.of())))
        .isInstanceOf(TemplateRenderException.class);
    LiquidRenderer liquid = LiquidRenderer.lenient(Duration.ofSeconds(10), 100_000);
    assertThat(liquid.renderNow("b", "html", 1, LOOP, Map.of())).startsWith("<p>1</p><p>2</p>");
    assertThat(liquid.limited("b", () -> liquid.renderNow("b", "html", 1, LOOP, Map.of())))
        .endsWith("<p>50</p>");
  }

  @Test
  void aLoopStopsAfterTheIterationBound() {
    LiquidRenderer liquid = LiquidRenderer.lenient(Duration.ofSeconds(10), 10_000_000);
    assertThatThrownBy(
            () ->
                liquid.render("loop", "html", 1, "{% for i in (1..20000) %}{% endfor %}", Map.of()))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageStartingWith("loop:1: html:");
  }
}
