package dev.tailor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.customer.CustomerRepository;
import dev.tailor.testkit.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The {@link CustomerRepository} contract. */
public abstract class CustomerRepositoryContract extends StoreContractSupport {

  private CustomerRepository customers() {
    return store.customers();
  }

  /** A customer with every field set, unicode and delimiters included, times in microseconds. */
  static Customer richCustomer(String id) {
    return Customer.builder(id)
        .email("zoë.o'brien+tag@exämple.com")
        .firstName("Zoë \"Zo\" 😀")
        .lastName("O'Brien, Jr. | 李 | שלום")
        .timezone("America/Argentina/Buenos_Aires")
        .country("AR")
        .consent(
            Consent.of(ConsentStatus.UNSUBSCRIBED, Instant.parse("2024-02-29T23:59:59.123456Z")))
        .createdAt(Instant.parse("1999-12-31T23:59:59.999999Z"))
        .attributes(
            Map.of(
                "tier", "gold",
                "notes, with comma", "a|b|c > d",
                "json", "{\"k\": [1, 2]} \\ back\\slash",
                "multi\nline", "tab\there",
                "emoji 😀", "日本語"))
        .build();
  }

  @Test
  public void anEmptyStoreHasNoCustomers() {
    assertThat(customers().count()).isZero();
    assertThat(customers().findById("c1")).isEmpty();
    assertThat(customers().page("", 10)).isEmpty();
    List<Customer> seen = new ArrayList<>();
    customers().forEach(seen::add);
    assertThat(seen).isEmpty();
    for (ConsentStatus status : ConsentStatus.values()) {
      assertThat(customers().countByConsent(status)).isZero();
    }
  }

  @Test
  public void aCustomerWithEveryFieldSetRoundTripsExactly() {
    Customer rich = richCustomer("c-ü-1");
    customers().upsertAll(List.of(rich));
    assertThat(customers().findById("c-ü-1")).contains(rich);
  }

  @Test
  public void aCustomerWithOnlyAnIdRoundTripsWithEveryOptionalFieldEmpty() {
    customers().upsertAll(List.of(Customer.of("bare")));
    assertThat(customers().findById("bare")).contains(Customer.of("bare"));
  }

  @Test
  public void fixtureCustomersRoundTripExactly() {
    customers().upsertAll(List.of(Fixtures.customer("c1"), Fixtures.customer("c2")));
    assertThat(customers().findById("c1")).contains(Fixtures.customer("c1"));
    assertThat(customers().findById("c2")).contains(Fixtures.customer("c2"));
  }

  @Test
  public void anUpsertReplacesEveryFieldIncludingCustomAttributesAndClearedOptionals() {
    customers().upsertAll(List.of(richCustomer("c1")));
    Customer replacement =
        Customer.builder("c1").email("new@example.com").attributes(Map.of("other", "x")).build();
    customers().upsertAll(List.of(replacement));
    assertThat(customers().findById("c1")).contains(replacement);
    assertThat(customers().count()).isEqualTo(1);
  }

  @Test
  public void theLastOfTwoVersionsInOneBatchWins() {
    Customer first = Fixtures.customer("c1");
    Customer second = Fixtures.customerBuilder("c1").email("second@example.com").build();
    customers().upsertAll(List.of(first, second));
    assertThat(customers().findById("c1")).contains(second);
    assertThat(customers().count()).isEqualTo(1);
  }

  @Test
  public void aBatchWithANullElementStoresNothingAndChangesNothing() {
    customers().upsertAll(List.of(Fixtures.customer("c0")));
    Customer changed = Fixtures.customerBuilder("c0").email("changed@example.com").build();
    assertRejected(
        () ->
            customers()
                .upsertAll(
                    Arrays.asList(changed, Fixtures.customer("c1"), null, Customer.of("c2"))));
    assertThat(customers().count()).isEqualTo(1);
    assertThat(customers().findById("c0")).contains(Fixtures.customer("c0"));
  }

  @Test
  public void anEmptyBatchStoresNothing() {
    customers().upsertAll(List.of());
    assertThat(customers().count()).isZero();
  }

  @Test
  public void pagesWalkEveryCustomerInCodePointOrderOfIds() {
    List<String> ids = new ArrayList<>(List.of("b", "a", "c10", "c2", "é", "Z", "\uFFFD", "😀"));
    Collections.shuffle(ids, new java.util.Random(7));
    customers().upsertAll(ids.stream().map(Customer::of).toList());
    List<String> walked = new ArrayList<>();
    String after = "";
    List<Customer> page;
    while (!(page = customers().page(after, 3)).isEmpty()) {
      assertThat(page.size()).isLessThanOrEqualTo(3);
      page.forEach(c -> walked.add(c.id()));
      after = page.get(page.size() - 1).id();
    }
    assertThat(walked).containsExactly("Z", "a", "b", "c10", "c2", "é", "\uFFFD", "😀");
  }

  @Test
  public void aPageAfterAnUnknownIdStartsAtTheNextGreaterId() {
    customers().upsertAll(List.of(Customer.of("a"), Customer.of("c"), Customer.of("e")));
    assertThat(customers().page("b", 10)).extracting(Customer::id).containsExactly("c", "e");
    assertThat(customers().page("e", 10)).isEmpty();
  }

  @Test
  public void aPageOfLimitZeroIsEmpty() {
    customers().upsertAll(List.of(Customer.of("a")));
    assertThat(customers().page("", 0)).isEmpty();
  }

  @Test
  public void forEachStreamsEveryCustomerInIdOrder() {
    List<Customer> all =
        IntStream.range(0, 1_234).mapToObj(i -> Customer.of(String.format("c%05d", i))).toList();
    List<Customer> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new java.util.Random(1));
    customers().upsertAll(shuffled);
    List<Customer> seen = new ArrayList<>();
    customers().forEach(seen::add);
    assertThat(seen).containsExactlyElementsOf(all);
    assertThat(customers().count()).isEqualTo(1_234);
  }

  @Test
  public void aForEachSinkMayReadTheStore() {
    customers().upsertAll(List.of(Fixtures.customer("c1"), Fixtures.customer("c2")));
    List<Customer> reread = new ArrayList<>();
    customers().forEach(c -> reread.add(customers().findById(c.id()).orElseThrow()));
    assertThat(reread).containsExactly(Fixtures.customer("c1"), Fixtures.customer("c2"));
  }

  @Test
  public void countByConsentCountsEachStatus() {
    customers()
        .upsertAll(
            List.of(
                Fixtures.customer("s1"),
                Fixtures.customer("s2"),
                Fixtures.customerBuilder("u1")
                    .consent(Consent.of(ConsentStatus.UNSUBSCRIBED, Fixtures.T0))
                    .build(),
                Customer.of("n1")));
    assertThat(customers().countByConsent(ConsentStatus.SUBSCRIBED)).isEqualTo(2);
    assertThat(customers().countByConsent(ConsentStatus.UNSUBSCRIBED)).isEqualTo(1);
    assertThat(customers().countByConsent(ConsentStatus.NEVER)).isEqualTo(1);
    assertThat(customers().count()).isEqualTo(4);
  }

  @Test
  public void instantsFarInThePastAndFutureRoundTrip() {
    Customer old =
        Fixtures.customerBuilder("old")
            .createdAt(Instant.parse("1900-01-01T00:00:00.000001Z"))
            .build();
    Customer future =
        Fixtures.customerBuilder("future")
            .createdAt(Instant.parse("2999-12-31T23:59:59.999999Z"))
            .build();
    customers().upsertAll(List.of(old, future));
    assertThat(customers().findById("old")).contains(old);
    assertThat(customers().findById("future")).contains(future);
  }

  @Test
  public void findingAnUnknownIdGivesEmpty() {
    customers().upsertAll(List.of(Customer.of("c1")));
    assertThat(customers().findById("nobody")).isEmpty();
    assertThat(customers().findById("C1")).isEmpty();
  }
}
