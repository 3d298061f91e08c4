package dev.tailor.strategy.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.catalog.Product;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  private static Product product(String id, String category, String brand, List<String> tags) {
    Product.Builder b = Product.builder(id).category(Product.parseCategory(category)).tags(tags);
    if (brand != null) {
      b.brand(brand);
    }
    return b.build();
  }

  @Test
  void categoryBrandAndTagOverlapAddUpToOne() {
    Product a = product("a", "Women > Dresses", "Acme", List.of("red", "summer"));
    Product b = product("b", "Women > Dresses", "Acme", List.of("summer", "red", "red"));
    Product c = product("c", "Men > Shirts", "Other", List.of("summer", "blue"));

    assertThat(Similarity.of(a, b)).isCloseTo(1.0, within(1e-12));
    assertThat(Similarity.of(a, c)).isCloseTo(0.2 / 3, within(1e-12));
    assertThat(Similarity.max(a, List.of(c, b))).isCloseTo(1.0, within(1e-12));
    assertThat(Similarity.max(a, List.of())).isZero();
  }

  @Test
  void tagOverlapIsTheJaccardIndexOfTheDistinctTags() {
    Random random = new Random(3);
    for (int n = 0; n < 2_000; n++) {
      List<String> x = tags(random);
      List<String> y = tags(random);
      Set<String> union = new HashSet<>(x);
      union.addAll(y);
      Set<String> both = new HashSet<>(x);
      both.retainAll(new HashSet<>(y));
      double jaccard = union.isEmpty() ? 1 : (double) both.size() / union.size();
      Product a = product("a", "A", null, x);
      Product b = product("b", "B", null, y);
      assertThat(Similarity.of(a, b)).as("%s %s", x, y).isCloseTo(0.2 * jaccard, within(1e-12));
    }
  }

  @Test
  void theIndexGivesExactlyTheSameSimilarityAsTheProductsThemselves() {
    Random random = new Random(5);
    List<Product> catalog = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int c = random.nextInt(4);
      catalog.add(
          product(
              "p" + i,
              c == 0 ? "" : "Cat" + c + " > Sub" + random.nextInt(2),
              random.nextInt(3) == 0 ? null : "brand" + random.nextInt(3),
              tags(random)));
    }
    Product outside = product("x", "Cat1 > Sub0", "brand1", List.of("t1", "t2"));
    SimilarityIndex index = new SimilarityIndex(catalog);
    List<Product> all = new ArrayList<>(catalog);
    all.add(outside);
    for (Product a : all) {
      for (Product b : all) {
        assertThat(index.of(a, b)).as("%s %s", a.id(), b.id()).isEqualTo(Similarity.of(a, b));
      }
      assertThat(index.max(a, catalog.subList(0, 7)))
          .isEqualTo(Similarity.max(a, catalog.subList(0, 7)));
    }
    // by item number (the catalog's order): the same values, the bound and the ceiling test
    for (int i = 0; i < catalog.size(); i++) {
      for (int j = 0; j < catalog.size(); j++) {
        double expected = Similarity.of(catalog.get(i), catalog.get(j));
        assertThat(index.of(i, j)).isEqualTo(expected);
        assertThat(index.atMost(i, j)).isGreaterThanOrEqualTo(expected);
        for (double threshold : new double[] {0.3, 0.8, 0.85, 0.9, 1.0}) {
          assertThat(index.reaches(i, new int[] {5, j}, 2, threshold))
              .as("%d %d %s", i, j, threshold)
              .isEqualTo(
                  Math.max(expected, Similarity.of(catalog.get(i), catalog.get(5))) >= threshold);
        }
      }
    }
  }

  private static List<String> tags(Random random) {
    List<String> out = new ArrayList<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      out.add("t" + random.nextInt(4));
    }
    return out;
  }
}
