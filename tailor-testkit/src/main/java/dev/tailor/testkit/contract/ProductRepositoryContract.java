package dev.tailor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.CatalogHealth;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.catalog.ProductRepository;
import dev.tailor.testkit.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The {@link ProductRepository} contract. */
public abstract class ProductRepositoryContract extends StoreContractSupport {

  private ProductRepository products() {
    return store.products();
  }

  /** A product with every field set, unicode and delimiters included, times in microseconds. */
  static Product richProduct(String id) {
    return Product.builder(id)
        .title("Robe d'été « Zoë » 😀, rouge | 赤")
        .category(List.of("Femmes", "Robes, jupes | etc.", "Été > Soldes"))
        .brand("Ünïcode & Co")
        .price(new BigDecimal("1234.50"))
        .currency("EUR")
        .inventory(-3)
        .margin(0.123456789)
        .url("https://shop.example/p/été?x=1&y=2")
        .imageUrl("https://cdn.example/i/1.jpg")
        .tags(List.of("new", "a,b", "c|d", "", "  spaced  ", "\"quoted\"", "back\\slash", "日本"))
        .availableFrom(Instant.parse("2024-02-29T00:00:00.000001Z"))
        .availableTo(Instant.parse("2024-03-31T23:59:59.999999Z"))
        .published(false)
        .createdAt(Instant.parse("2020-01-01T12:34:56.789Z"))
        .attributes(Map.of("material", "100% coton, bio", "size|fit", "M > L", "emoji", "👗"))
        .build();
  }

  @Test
  public void anEmptyStoreHasNoProducts() {
    assertThat(products().count()).isZero();
    assertThat(products().findById("p1")).isEmpty();
    assertThat(products().findAllById(List.of("p1", "p2"))).isEmpty();
    assertThat(products().page("", 10)).isEmpty();
    List<Product> seen = new ArrayList<>();
    products().forEach(seen::add);
    assertThat(seen).isEmpty();
    assertThat(products().health()).isEqualTo(new CatalogHealth(0, 0, 0, 0, 0, 0));
  }

  @Test
  public void aProductWithEveryFieldSetRoundTripsExactly() {
    Product rich = richProduct("p-ü-1");
    products().upsertAll(List.of(rich));
    assertThat(products().findById("p-ü-1")).contains(rich);
  }

  @Test
  public void aProductWithOnlyAnIdRoundTripsWithEveryOptionalFieldEmpty() {
    Product bare = Product.builder("bare").build();
    products().upsertAll(List.of(bare));
    assertThat(products().findById("bare")).contains(bare);
  }

  @Test
  public void pricesKeepTheirScale() {
    List<String> prices = List.of("10", "10.0", "10.00", "0.001", "0", "0.00", "123456789012.3456");
    List<Product> batch =
        IntStream.range(0, prices.size())
            .mapToObj(
                i -> Fixtures.productBuilder("p" + i).price(new BigDecimal(prices.get(i))).build())
            .toList();
    products().upsertAll(batch);
    for (Product p : batch) {
      Product stored = products().findById(p.id()).orElseThrow();
      assertThat(stored.price().orElseThrow().toString())
          .isEqualTo(p.price().orElseThrow().toString());
      assertThat(stored).isEqualTo(p);
    }
  }

  @Test
  public void anUpsertReplacesEveryFieldIncludingCustomAttributesAndClearedOptionals() {
    products().upsertAll(List.of(richProduct("p1")));
    Product replacement =
        Product.builder("p1").title("Plain").attributes(Map.of("other", "x")).build();
    products().upsertAll(List.of(replacement));
    assertThat(products().findById("p1")).contains(replacement);
    assertThat(products().count()).isEqualTo(1);
  }

  @Test
  public void theLastOfTwoVersionsInOneBatchWins() {
    Product second = Fixtures.productBuilder("p1").title("second").build();
    products().upsertAll(List.of(Fixtures.product("p1"), second));
    assertThat(products().findById("p1")).contains(second);
  }

  @Test
  public void aBatchWithANullElementStoresNothingAndChangesNothing() {
    products().upsertAll(List.of(Fixtures.product("p0")));
    Product changed = Fixtures.productBuilder("p0").title("changed").build();
    assertRejected(
        () -> products().upsertAll(Arrays.asList(changed, Fixtures.product("p1"), null)));
    assertThat(products().count()).isEqualTo(1);
    assertThat(products().findById("p0")).contains(Fixtures.product("p0"));
  }

  @Test
  public void findAllByIdReturnsTheProductsThatExistOnceEach() {
    products().upsertAll(List.of(Fixtures.product("p1"), Fixtures.product("p2")));
    assertThat(products().findAllById(List.of("p2", "nope", "p1", "p2")))
        .containsExactlyInAnyOrder(Fixtures.product("p1"), Fixtures.product("p2"));
    assertThat(products().findAllById(List.of())).isEmpty();
  }

  @Test
  public void findAllByIdHandlesMoreIdsThanOneStatementTakes() {
    List<Product> all =
        IntStream.range(0, 2_500).mapToObj(i -> Product.builder("p" + i).build()).toList();
    products().upsertAll(all);
    List<String> ids = all.stream().map(Product::id).toList();
    assertThat(products().findAllById(ids)).hasSize(2_500);
  }

  @Test
  public void pagesWalkEveryProductInCodePointOrderOfIds() {
    List<String> ids = new ArrayList<>(List.of("p10", "p2", "P1", "é", "a b", "a,b", "😀"));
    Collections.shuffle(ids, new java.util.Random(3));
    products().upsertAll(ids.stream().map(id -> Product.builder(id).build()).toList());
    List<String> walked = new ArrayList<>();
    String after = "";
    List<Product> page;
    while (!(page = products().page(after, 2)).isEmpty()) {
      page.forEach(p -> walked.add(p.id()));
      after = page.get(page.size() - 1).id();
    }
    assertThat(walked).containsExactly("P1", "a b", "a,b", "p10", "p2", "é", "😀");
  }

  @Test
  public void forEachStreamsEveryProductInIdOrder() {
    List<Product> all =
        IntStream.range(0, 1_100)
            .mapToObj(i -> Fixtures.product(String.format("p%05d", i)))
            .toList();
    List<Product> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new java.util.Random(2));
    products().upsertAll(shuffled);
    List<Product> seen = new ArrayList<>();
    products().forEach(seen::add);
    assertThat(seen).containsExactlyElementsOf(all);
    assertThat(products().count()).isEqualTo(1_100);
  }

  @Test
  public void aForEachSinkMayReadTheStore() {
    products().upsertAll(List.of(Fixtures.product("p1"), Fixtures.product("p2")));
    List<Product> reread = new ArrayList<>();
    products().forEach(p -> reread.add(products().findById(p.id()).orElseThrow()));
    assertThat(reread).containsExactly(Fixtures.product("p1"), Fixtures.product("p2"));
  }

  @Test
  public void healthCountsWhatMakesACatalogUnfitToRecommendFrom() {
    products()
        .upsertAll(
            List.of(
                Fixtures.product("ok"),
                Fixtures.productBuilder("zero").inventory(0).build(),
                Fixtures.productBuilder("negative").inventory(-2).build(),
                Fixtures.productBuilder("untracked").inventory(null).build(),
                Fixtures.productBuilder("hidden").published(false).build(),
                Fixtures.productBuilder("free").price(null).build(),
                Fixtures.productBuilder("blind").imageUrl(null).build(),
                Product.builder("bare").build()));
    assertThat(products().health()).isEqualTo(new CatalogHealth(8, 2, 1, 2, 2, 1));
  }
}
