package dev.tailor.sim.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed assortment of the synthetic fashion shop: its category tree, brands, colours and
 * styles. The tables are plain text so they read like the shop's range plan.
 */
public final class FashionRange {
  /*
   * One leaf category per line:
   * path ; weight (share of products) ; mid-tier price range in EUR ; collection and the share of
   * items sold only in its window ; nouns ; materials
   */
  private static final String CATEGORY_TABLE =
      """
      Women > Dresses        ; 10 ; 35-120 ; summer 0.35     ; Wrap Dress, Midi Dress, Slip Dress, Shirt Dress, Maxi Dress, Knit Dress ; Linen, Cotton, Silk, Jersey, Satin, Viscose
      Women > Tops           ;  9 ; 15-60  ; all-season 0    ; Blouse, Tank Top, Camisole, Tee, Crop Top, Bodysuit ; Cotton, Silk, Linen, Jersey, Viscose
      Women > Knitwear       ;  6 ; 30-110 ; winter 0.5      ; Cardigan, Jumper, Turtleneck, Knit Vest ; Wool, Cashmere, Merino, Cotton, Mohair
      Women > Jeans          ;  6 ; 40-110 ; all-season 0    ; Straight Jeans, Skinny Jeans, Wide-Leg Jeans, Mom Jeans, Flared Jeans ; Denim, Stretch Denim, Organic Denim
      Women > Skirts         ;  5 ; 25-80  ; all-season 0    ; Midi Skirt, Pleated Skirt, Mini Skirt, Wrap Skirt ; Linen, Satin, Wool, Cotton, Denim
      Women > Coats          ;  5 ; 90-280 ; winter 0.6      ; Trench Coat, Overcoat, Puffer Coat, Parka ; Wool, Cotton, Nylon, Recycled Polyester
      Women > Swimwear       ;  3 ; 25-90  ; summer 0.8      ; Bikini, Swimsuit, Bikini Top ; Recycled Nylon, Lycra
      Men > Shirts           ;  7 ; 30-95  ; all-season 0    ; Oxford Shirt, Overshirt, Button-Down Shirt, Camp-Collar Shirt ; Cotton, Linen, Flannel, Chambray
      Men > T-Shirts         ;  7 ; 12-45  ; all-season 0    ; Crew Neck Tee, V-Neck Tee, Polo Shirt, Henley, Pocket Tee ; Cotton, Organic Cotton, Jersey, Pique
      Men > Knitwear         ;  4 ; 35-120 ; winter 0.5      ; Crew Neck Jumper, Cardigan, Quarter-Zip, Roll Neck ; Wool, Merino, Cashmere, Cotton
      Men > Jeans            ;  5 ; 45-120 ; all-season 0    ; Slim Jeans, Straight Jeans, Tapered Jeans, Relaxed Jeans ; Denim, Selvedge Denim, Stretch Denim
      Men > Jackets          ;  5 ; 70-260 ; winter 0.4      ; Bomber Jacket, Trucker Jacket, Field Jacket, Puffer Jacket, Rain Jacket ; Nylon, Denim, Wool, Waxed Cotton, Leather
      Men > Shorts           ;  3 ; 20-60  ; summer 0.8      ; Chino Shorts, Swim Shorts, Cargo Shorts ; Cotton, Linen, Recycled Nylon
      Shoes > Sneakers       ;  7 ; 45-140 ; all-season 0    ; Low-Top Sneakers, High-Top Sneakers, Running Sneakers, Slip-On Sneakers ; Leather, Canvas, Suede, Knit
      Shoes > Boots          ;  4 ; 80-240 ; winter 0.5      ; Chelsea Boots, Ankle Boots, Hiking Boots, Knee Boots ; Leather, Suede, Nubuck
      Shoes > Sandals        ;  3 ; 25-110 ; summer 0.8      ; Slide Sandals, Strappy Sandals, Espadrilles, Flip-Flops ; Leather, Raffia, Rubber, Jute
      Shoes > Heels          ;  2 ; 50-180 ; all-season 0    ; Pumps, Block Heels, Slingbacks, Mules ; Leather, Suede, Satin, Patent Leather
      Accessories > Bags     ;  6 ; 30-260 ; all-season 0    ; Tote Bag, Crossbody Bag, Backpack, Clutch, Shoulder Bag ; Leather, Canvas, Nylon, Suede
      Accessories > Scarves  ;  3 ; 15-90  ; winter 0.5      ; Scarf, Wrap Scarf, Snood ; Wool, Cashmere, Silk, Cotton
      Accessories > Hats     ;  2 ; 15-70  ; all-season 0    ; Beanie, Bucket Hat, Baseball Cap, Fedora, Sun Hat ; Wool, Cotton, Straw, Felt
      Accessories > Belts    ;  2 ; 20-80  ; all-season 0    ; Belt, Waist Belt, Chain Belt ; Leather, Canvas, Suede
      Accessories > Jewellery;  3 ; 15-150 ; all-season 0    ; Hoop Earrings, Pendant Necklace, Signet Ring, Bracelet, Stud Earrings ; Sterling Silver, Gold-Plated, Brass, Pearl
      Sportswear > Running   ;  3 ; 25-90  ; all-season 0    ; Running Tights, Running Top, Running Jacket, Running Shorts ; Recycled Polyester, Mesh, Nylon
      Sportswear > Yoga      ;  2 ; 20-80  ; all-season 0    ; Yoga Leggings, Sports Bra, Yoga Top, Yoga Mat ; Lycra, Organic Cotton, Bamboo Jersey
      """;

  /* One brand per line: name ; price tier ; relative size of its range ; departments it covers */
  private static final String BRAND_TABLE =
      """
      Basico          ; budget  ; 2.0 ; Women, Men, Accessories
      Looma           ; budget  ; 1.5 ; Women, Accessories
      Urban Thread    ; budget  ; 1.5 ; Men, Women
      Fieldday        ; budget  ; 1.0 ; Sportswear, Shoes, Men
      Strada          ; budget  ; 1.0 ; Shoes, Accessories
      Pebble & Co     ; budget  ; 0.8 ; Women, Accessories, Shoes
      Nordvik         ; mid     ; 1.6 ; Men, Women, Shoes
      Maison Clair    ; mid     ; 1.3 ; Women, Accessories
      Oak & Ash       ; mid     ; 1.2 ; Men, Shoes, Accessories
      Harbor Lane     ; mid     ; 1.2 ; Men, Women
      Kestrel         ; mid     ; 1.0 ; Sportswear, Shoes
      Solenne         ; mid     ; 1.0 ; Women, Shoes
      Tidewater       ; mid     ; 0.9 ; Men, Women, Sportswear
      Bramble         ; mid     ; 0.8 ; Women, Accessories
      Atelier Rune    ; premium ; 0.8 ; Women, Accessories
      Castellane      ; premium ; 0.7 ; Women, Shoes, Accessories
      Marlowe & Finch ; premium ; 0.7 ; Men, Shoes
      Soren Kaas      ; premium ; 0.6 ; Men, Women
      Ilse Varga      ; premium ; 0.5 ; Accessories, Women
      Aldous          ; premium ; 0.5 ; Shoes, Men
      """;

  /** The leaf categories, in a fixed order (their index is used throughout the simulation). */
  public static final List<CategorySpec> CATEGORIES = parseCategories(CATEGORY_TABLE);

  /** The brands, in a fixed order. */
  public static final List<Brand> BRANDS = parseBrands(BRAND_TABLE);

  /** Colours used in titles and tags. */
  public static final List<String> COLOURS =
      List.of(
          "Black",
          "White",
          "Ivory",
          "Navy",
          "Camel",
          "Olive",
          "Sage",
          "Terracotta",
          "Burgundy",
          "Sky Blue",
          "Charcoal",
          "Sand",
          "Rust",
          "Cream",
          "Forest Green",
          "Blush",
          "Mustard",
          "Stone");

  /** Style tags. */
  public static final List<String> STYLES =
      List.of("casual", "classic", "minimal", "sporty", "boho", "streetwear", "elegant", "outdoor");

  private FashionRange() {}

  private static List<CategorySpec> parseCategories(String table) {
    List<CategorySpec> out = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] f = cells(line);
      String[] path = f[0].split(">");
      String[] price = f[2].split("-");
      String[] season = f[3].split(" ");
      out.add(
          new CategorySpec(
              path[0].strip(),
              path[1].strip(),
              Double.parseDouble(f[1]),
              Double.parseDouble(price[0]),
              Double.parseDouble(price[1]),
              seasonOf(season[0]),
              Double.parseDouble(season[1]),
              list(f[4]),
              list(f[5])));
    }
    return List.copyOf(out);
  }

  private static List<Brand> parseBrands(String table) {
    List<Brand> out = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] f = cells(line);
      PriceTier tier = PriceTier.valueOf(f[1].toUpperCase(Locale.ROOT));
      out.add(new Brand(f[0], tier, list(f[3]), Double.parseDouble(f[2])));
    }
    return List.copyOf(out);
  }

  private static Season seasonOf(String tag) {
    for (Season s : Season.values()) {
      if (s.tag().equals(tag)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown season " + tag);
  }

  private static String[] cells(String line) {
    String[] f = line.split(";");
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    return f;
  }

  private static List<String> list(String cell) {
    return List.of(cell.split("\\s*,\\s*"));
  }
}
