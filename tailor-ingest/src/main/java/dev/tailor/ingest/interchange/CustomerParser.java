package dev.tailor.ingest.interchange;

import dev.tailor.core.TailorException;
import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.ingest.read.Row;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/** Reads {@code customers} rows; unknown columns become custom attributes. */
public final class CustomerParser implements RecordParser<Customer> {
  private final Set<String> knownZones = new HashSet<>();

  @Override
  public Customer parse(Row row) {
    Customer.Builder b = Customer.builder(Fields.requiredId(row, "customer_id"));
    b.email(email(row));
    b.firstName(Fields.text(row, "first_name"));
    b.lastName(Fields.text(row, "last_name"));
    b.timezone(timezone(row));
    b.country(Fields.text(row, "country"));
    b.consent(consent(row));
    b.createdAt(Fields.instant(row, "created_at"));
    b.attributes(CustomAttributes.of(row, Target.CUSTOMERS));
    try {
      return b.build();
    } catch (TailorException e) {
      throw new FieldException("", e.getMessage());
    }
  }

  private static String email(Row row) {
    String v = Fields.text(row, "email");
    if (v == null) {
      return null;
    }
    int at = v.indexOf('@');
    if (at <= 0 || at == v.length() - 1 || v.chars().anyMatch(Character::isWhitespace)) {
      throw new FieldException("email", "not an email address: '" + v + "'");
    }
    return v;
  }

  private String timezone(Row row) {
    String v = Fields.text(row, "timezone");
    if (v == null || knownZones.contains(v)) {
      return v;
    }
    try {
      ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new FieldException("timezone", "unknown time zone: '" + v + "'");
    }
    knownZones.add(v);
    return v;
  }

  private static Consent consent(Row row) {
    String v = Fields.text(row, "consent");
    Instant at = Fields.instant(row, "consent_at");
    if (v == null) {
      return at == null ? Consent.NEVER : Consent.of(ConsentStatus.NEVER, at);
    }
    try {
      return Consent.of(ConsentStatus.parse(v), at);
    } catch (TailorException e) {
      throw new FieldException("consent", e.getMessage());
    }
  }

  @Override
  public String idOf(Customer record) {
    return record.id();
  }
}
