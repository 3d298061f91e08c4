package dev.tailor.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionLinesTest {
  @Test
  void aDecisionIsWrittenExactlyAsTheObjectMapperWritesIt() throws Exception {
    Decision d =
        new Decision(
            "C1",
            "fashion \"5\" slot",
            Instant.parse("2026-11-26T12:05:27.004737582Z"),
            "clicks",
            List.of(
                new SlotDecision(
                    "similar",
                    "product",
                    "Because you bought Ünïcode ✓",
                    4,
                    List.of(
                        new DecisionItem(
                            "P1",
                            1,
                            1.0554234115026493,
                            "itemknn",
                            "itemknn:last_purchase@P9",
                            List.of("boost:margin", "diversity:mmr"),
                            Optional.empty(),
                            "Similar to a \\ b",
                            1.0,
                            false),
                        new DecisionItem(
                            "P2",
                            2,
                            1e-7,
                            "trending",
                            "trending",
                            List.of(),
                            Optional.of("trending"),
                            "Trending now",
                            0.0125,
                            true)),
                    Optional.of("price_band: only 2 of 4 items")),
                new SlotDecision("empty", "article", "", 0, List.of(), Optional.empty())));
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new DecisionLines().write(d, out);

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(mapper.writeValueAsString(d));
  }
}
