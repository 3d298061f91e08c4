package dev.tailor.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.ingest.interchange.Repeats;
import dev.tailor.ingest.interchange.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingsTest {
  @TempDir Path dir;

  @Test
  void everyShippedMappingLoadsByName() {
    for (String name : Mappings.SHIPPED) {
      assertThat(Mappings.resolve(name).name()).isEqualTo(name);
      assertThat(Mappings.resolve(name + ".yaml").sources()).isNotEmpty();
    }
  }

  @Test
  void theUciMappingFeedsProductsCustomersAndEventsFromOneFile() {
    Mapping m = Mappings.resolve("uci-online-retail");
    assertThat(m.sources()).hasSize(1);
    assertThat(m.sources().get(0).targets())
        .extracting(TargetMapping::target, TargetMapping::repeats)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Target.PRODUCTS, Repeats.FIRST),
            org.assertj.core.groups.Tuple.tuple(Target.CUSTOMERS, Repeats.FIRST),
            org.assertj.core.groups.Tuple.tuple(Target.EVENTS, Repeats.LAST));
  }

  @Test
  void aFilePathWinsOverAShippedName() throws IOException {
    Path file = dir.resolve("movielens");
    Files.writeString(
        file,
        "sources:\n  - file: x.csv\n    targets:\n      - into: customers\n"
            + "        fields: { customer_id: { column: id } }\n");
    assertThat(Mappings.resolve(file.toString()).name()).isEqualTo("movielens");
    assertThat(Mappings.resolve(file.toString()).sources().get(0).glob()).isEqualTo("x.csv");
  }

  @Test
  void anUnknownNameListsTheShippedOnes() {
    assertThatThrownBy(() -> Mappings.resolve("shopify"))
        .isInstanceOf(MappingException.class)
        .hasMessage(
            "no mapping file 'shopify' and no shipped mapping of that name [uci-online-retail,"
                + " movielens]");
  }
}
