package dev.tailor.core.customer;

import dev.tailor.core.Attributes;
import dev.tailor.core.Ids;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person the shop knows, usually an email subscriber.
 *
 * @param id the shop's customer id
 * @param email email address, if known
 * @param firstName given name, if known
 * @param lastName family name, if known
 * @param timezone IANA time zone such as {@code Europe/Berlin}, if known
 * @param country ISO country code or name, if known
 * @param consent marketing consent
 * @param createdAt when the customer first appeared, if known
 * @param attributes custom attributes (unknown columns of {@code customers.csv})
 */
public record Customer(
    String id,
    Optional<String> email,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> timezone,
    Optional<String> country,
    Consent consent,
    Optional<Instant> createdAt,
    Map<String, String> attributes) {

  public Customer {
    id = Ids.require("customer_id", id);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(createdAt, "createdAt");
    attributes = Attributes.copyOf(attributes);
  }

  /** A customer with an id and nothing else known. */
  public static Customer of(String id) {
    return builder(id).build();
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder seeded with this customer's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.email = email.orElse(null);
    b.firstName = firstName.orElse(null);
    b.lastName = lastName.orElse(null);
    b.timezone = timezone.orElse(null);
    b.country = country.orElse(null);
    b.consent = consent;
    b.createdAt = createdAt.orElse(null);
    b.attributes = attributes;
    return b;
  }

  /** Builds customers field by field; absent values are left {@code null} here. */
  public static final class Builder {
    private final String id;
    private String email;
    private String firstName;
    private String lastName;
    private String timezone;
    private String country;
    private Consent consent = Consent.NEVER;
    private Instant createdAt;
    private Map<String, String> attributes = Map.of();

    private Builder(String id) {
      this.id = id;
    }

    public Builder email(String v) {
      email = v;
      return this;
    }

    public Builder firstName(String v) {
      firstName = v;
      return this;
    }

    public Builder lastName(String v) {
      lastName = v;
      return this;
    }

    public Builder timezone(String v) {
      timezone = v;
      return this;
    }

    public Builder country(String v) {
      country = v;
      return this;
    }

    public Builder consent(Consent v) {
      consent = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder attributes(Map<String, String> v) {
      attributes = v;
      return this;
    }

    public Customer build() {
      return new Customer(
          id,
          Optional.ofNullable(email),
          Optional.ofNullable(firstName),
          Optional.ofNullable(lastName),
          Optional.ofNullable(timezone),
          Optional.ofNullable(country),
          consent,
          Optional.ofNullable(createdAt),
          attributes);
    }
  }
}
