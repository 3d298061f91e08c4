package dev.tailor.store;

import static dev.tailor.testkit.Fixtures.minutes;
import static dev.tailor.testkit.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store does beyond the port contracts, on every dialect: migrations run once,
 * batches are transactions even when the database refuses a row in the middle.
 */
abstract class JdbiStoreBehaviour {

  /** The URL of an empty database (tables may exist, but hold no rows). */
  abstract String url();

  /**
   * Makes the database refuse to insert a row of {@code table} whose {@code column} is {@code
   * value}.
   */
  abstract void refuse(String table, String column, String value) throws Exception;

  @Test
  void openingTwiceAppliesTheMigrationsOnceAndKeepsTheData() {
    try (JdbiStore store = Stores.open(url())) {
      store.customers().upsertAll(List.of(Fixtures.customer("c1")));
    }
    try (JdbiStore store = Stores.open(url())) {
      assertThat(store.customers().findById("c1")).contains(Fixtures.customer("c1"));
      String success = url().startsWith("jdbc:sqlite") ? "1" : "TRUE";
      List<Integer> timesPerVersion =
          store
              .database()
              .read(
                  "test",
                  h ->
                      h.createQuery(
                              "SELECT COUNT(*) FROM tailor_schema_history WHERE success = "
                                  + success
                                  + " AND version IS NOT NULL GROUP BY version")
                          .mapTo(Integer.class)
                          .list());
      assertThat(timesPerVersion).hasSizeGreaterThanOrEqualTo(2).containsOnly(1);
    }
  }

  @Test
  void anEventTheDatabaseRefusesMidBatchLeavesNothingOfTheBatchBehind() throws Exception {
    try (JdbiStore store = Stores.open(url())) {
      store.events().appendAll(List.of(view("before", "c1", "p1", minutes(0))));
      refuse("events", "event_id", "boom");
      List<Event> batch =
          List.of(
              view("e1", "c1", "p1", minutes(1)),
              view("e2", "c1", "p1", minutes(2)),
              view("boom", "c1", "p1", minutes(3)),
              view("e3", "c1", "p1", minutes(4)));
      assertThatThrownBy(() -> store.events().appendAll(batch))
          .isInstanceOf(TailorException.class)
          .satisfies(e -> assertThat(((TailorException) e).code()).isEqualTo(ErrorCode.STORE))
          .hasMessageContaining("appending events");
      assertThat(store.events().count()).isEqualTo(1);
      assertThat(store.events().appendAll(batch.subList(0, 2))).isEqualTo(2);
    }
  }

  @Test
  void aCustomerTheDatabaseRefusesMidBatchLeavesNothingOfTheBatchBehind() throws Exception {
    try (JdbiStore store = Stores.open(url())) {
      refuse("customers", "id", "boom");
      List<Customer> batch =
          List.of(Fixtures.customer("c1"), Customer.of("boom"), Fixtures.customer("c2"));
      assertThatThrownBy(() -> store.customers().upsertAll(batch))
          .isInstanceOf(TailorException.class);
      assertThat(store.customers().count()).isZero();
    }
  }

  @Test
  void describeNamesTheDatabaseWithoutCredentials() {
    try (JdbiStore store = Stores.open(url())) {
      assertThat(store.describe()).doesNotContain("user=").doesNotContain("password");
      assertThat(store.toString()).contains(store.describe());
    }
  }
}
