package dev.tailor.sim.people;

import dev.tailor.core.customer.Customer;
import dev.tailor.sim.csv.CsvBuffer;
import java.util.List;

/**
 * The columns of {@code customers.csv} and how a customer fills them. The last two columns are not
 * part of the interchange format: the importer keeps them as custom attributes.
 */
public final class CustomerCsv {
  /** The file's name. */
  public static final String FILE_NAME = "customers.csv";

  /** Custom attribute: {@code bronze}, {@code silver} or {@code gold}, by orders in the window. */
  public static final String LOYALTY_TIER = "loyalty_tier";

  /** Custom attribute: how the customer registered. */
  public static final String SIGNUP_SOURCE = "signup_source";

  /** The header row. */
  public static final List<String> HEADER =
      List.of(
          "customer_id",
          "email",
          "first_name",
          "last_name",
          "timezone",
          "country",
          "consent",
          "consent_at",
          "created_at",
          LOYALTY_TIER,
          SIGNUP_SOURCE);

  private CustomerCsv() {}

  /** Appends one row for {@code c}; absent values become empty fields. */
  public static void append(CsvBuffer out, Customer c) {
    out.field(c.id())
        .field(c.email().orElse(null))
        .field(c.firstName().orElse(null))
        .field(c.lastName().orElse(null))
        .field(c.timezone().orElse(null))
        .field(c.country().orElse(null))
        .field(c.consent().status().wireName())
        .instant(c.consent().at().orElse(null))
        .instant(c.createdAt().orElse(null))
        .field(c.attributes().get(LOYALTY_TIER))
        .field(c.attributes().get(SIGNUP_SOURCE))
        .endRow();
  }
}
