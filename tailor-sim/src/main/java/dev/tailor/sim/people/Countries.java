package dev.tailor.sim.people;

import dev.tailor.sim.random.WeightedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Where the shop's customers live: ISO country codes with a matching IANA time zone. */
public final class Countries {
  /*
   * country ; time zone ; share of customers ; language of the names
   */
  private static final String TABLE =
      """
      DE ; Europe/Berlin       ; 22 ; de
      FR ; Europe/Paris        ; 14 ; fr
      GB ; Europe/London       ;  9 ; en
      NL ; Europe/Amsterdam    ;  8 ; nl
      ES ; Europe/Madrid       ;  8 ; es
      IT ; Europe/Rome         ;  8 ; it
      BE ; Europe/Brussels     ;  4 ; nl
      AT ; Europe/Vienna       ;  4 ; de
      PL ; Europe/Warsaw       ;  4 ; pl
      CH ; Europe/Zurich       ;  3 ; de
      SE ; Europe/Stockholm    ;  3 ; nordic
      IE ; Europe/Dublin       ;  2 ; en
      DK ; Europe/Copenhagen   ;  2 ; nordic
      PT ; Europe/Lisbon       ;  2 ; es
      FI ; Europe/Helsinki     ;  1 ; nordic
      US ; America/New_York    ;  2 ; en
      US ; America/Chicago     ;  1 ; en
      US ; America/Los_Angeles ;  1 ; en
      CA ; America/Toronto     ;  1 ; en
      AU ; Australia/Sydney    ;  1 ; en
      """;

  /**
   * A place customers live in.
   *
   * @param code ISO 3166 country code
   * @param timezone IANA time zone id
   * @param language key of the name lists used for people there
   */
  public record Country(String code, String timezone, String language) {}

  /** All places, in a fixed order. */
  public static final List<Country> ALL;

  private static final WeightedTable TABLE_BY_SHARE;

  static {
    List<Country> all = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (String line : TABLE.strip().split("\n")) {
      String[] f = line.split("\\s*;\\s*");
      all.add(new Country(f[0].strip(), f[1], f[3].strip()));
      shares.add(Double.parseDouble(f[2]));
    }
    ALL = List.copyOf(all);
    TABLE_BY_SHARE = new WeightedTable(shares.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private Countries() {}

  /** A place drawn by its share of customers. */
  public static Country draw(SplittableRandom rng) {
    return ALL.get(TABLE_BY_SHARE.draw(rng));
  }
}
