package dev.tailor.sim.catalog;

import dev.tailor.sim.random.Draws;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of a product: a title that reads like a shop's (some with a comma or quotes, as real
 * titles have), tags, and its page and image addresses on the reserved {@code shop.example} domain.
 */
final class ProductTexts {
  private static final String SHOP = "https://shop.example";
  private static final List<String> FITS = List.of("Slim Fit", "Regular Fit", "Relaxed Fit");
  private static final List<String> NICKNAMES =
      List.of("Riviera", "Aurora", "Milano", "Harbour", "Sienna", "Oslo", "Biarritz", "Kyoto");

  private final String title;
  private final List<String> tags;

  private ProductTexts(String title, List<String> tags) {
    this.title = title;
    this.tags = tags;
  }

  /** Draws the title and tags of a product of {@code category} made by {@code brand}. */
  static ProductTexts draw(
      SplittableRandom rng, CategorySpec category, Brand brand, Season season) {
    String colour = Draws.pick(rng, FashionRange.COLOURS);
    String material = Draws.pick(rng, category.materials());
    String noun = Draws.pick(rng, category.nouns());
    String style = Draws.pick(rng, FashionRange.STYLES);
    double pattern = rng.nextDouble();
    String title;
    if (pattern < 0.45) {
      title = material + " " + noun;
    } else if (pattern < 0.80) {
      title = brand.name() + " " + colour + " " + noun;
    } else if (pattern < 0.96) {
      title = colour + " " + material + " " + noun;
    } else {
      title = "The \"" + Draws.pick(rng, NICKNAMES) + "\" " + noun;
    }
    if (hasFits(category) && Draws.chance(rng, 0.3)) {
      title = title + ", " + Draws.pick(rng, FITS);
    }
    List<String> tags =
        List.of(
            colour.toLowerCase(Locale.ROOT),
            material.toLowerCase(Locale.ROOT),
            season.tag(),
            style);
    return new ProductTexts(title, tags);
  }

  String title() {
    return title;
  }

  List<String> tags() {
    return tags;
  }

  /** The product page: {@code https://shop.example/products/<slug>-<id>}. */
  String url(String id) {
    return SHOP + "/products/" + slug(title) + "-" + id.toLowerCase(Locale.ROOT);
  }

  /** The main image: {@code https://shop.example/images/<id>.jpg}. */
  static String imageUrl(String id) {
    return SHOP + "/images/" + id.toLowerCase(Locale.ROOT) + ".jpg";
  }

  private static boolean hasFits(CategorySpec category) {
    return category.name().equals("Jeans")
        || category.name().equals("Shirts")
        || category.name().equals("T-Shirts");
  }

  /** Lower-case ASCII words joined by hyphens. */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
