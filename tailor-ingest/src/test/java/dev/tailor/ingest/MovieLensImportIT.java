package dev.tailor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.EventType;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports MovieLens latest-small (9,742 movies, 100,836 ratings by 610 users) with the shipped
 * mapping, twice.
 *
 * <p>The expected counts were computed independently with a Python one-off (csv module): rows of
 * movies.csv, distinct userId of ratings.csv, ratings with rating >= 4.0 (48,580) and below
 * (52,256). The data set's README gives the same totals.
 */
class MovieLensImportIT {

  @Test
  void moviesRatingsAndUsersImportOnceEvenWhenImportedTwice() {
    Path dir = Datasets.folder("movielens-latest-small");
    InMemoryStore store = new InMemoryStore();
    Importer importer = new Importer(store);
    ImportOptions options = ImportOptions.defaults().withMapping("movielens");
    ImportReport first = importer.importDirectory(dir, options, ImportListener.NONE);

    assertThat(first.ignoredFiles())
        .containsExactly("README.txt", "SOURCE.md", "links.csv", "tags.csv");
    assertThat(first.totalRejects()).isZero();
    assertThat(report(first, Target.PRODUCTS).created()).isEqualTo(9_742);
    assertThat(report(first, Target.CUSTOMERS).rows()).isEqualTo(100_836);
    assertThat(report(first, Target.CUSTOMERS).created()).isEqualTo(610);
    assertThat(report(first, Target.CUSTOMERS).duplicates()).isEqualTo(100_226);
    assertThat(report(first, Target.EVENTS).created()).isEqualTo(100_836);
    assertThat(store.events().countByType())
        .isEqualTo(Map.of(EventType.ORDER_COMPLETED, 48_580L, EventType.PRODUCT_VIEWED, 52_256L));
    assertThat(store.products().findById("1").orElseThrow().category())
        .containsExactly("Adventure");

    ImportReport second = importer.importDirectory(dir, options, ImportListener.NONE);
    assertThat(second.created()).isZero();
    assertThat(report(second, Target.EVENTS).duplicates()).isEqualTo(100_836);
    assertThat(store.events().count()).isEqualTo(100_836);
  }

  private static FileReport report(ImportReport r, Target target) {
    return r.files().stream().filter(f -> f.target() == target).findFirst().orElseThrow();
  }
}
