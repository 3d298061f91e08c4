package dev.tailor.sim.people;

import dev.tailor.core.customer.ConsentStatus;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * Who a customer is, before any behaviour is simulated.
 *
 * @param index position among the customers, 0-based
 * @param id the customer id, e.g. {@code C0000042}
 * @param firstName given name
 * @param lastName family name
 * @param email unique address on {@code example.com}
 * @param country where the customer lives
 * @param zone the rules of the customer's time zone
 * @param createdAt when the customer registered (epoch seconds)
 * @param anonymousId for customers who register during the window: the id they browsed under before
 *     registering; empty for customers registered before the window
 * @param firstVisit for new customers, their first anonymous visit (epoch seconds), else 0
 * @param consent consent at the start of the window, or on registering
 * @param consentAt when that consent was recorded (epoch seconds), if any
 * @param signupSource how the customer registered (a custom attribute)
 */
public record Profile(
    int index,
    String id,
    String firstName,
    String lastName,
    String email,
    Countries.Country country,
    ZoneRules zone,
    long createdAt,
    Optional<String> anonymousId,
    long firstVisit,
    ConsentStatus consent,
    Optional<Long> consentAt,
    String signupSource) {

  /** True if the customer first browsed anonymously during the window. */
  public boolean isNewVisitor() {
    return anonymousId.isPresent();
  }

  /** The id of the customer at {@code index}: {@code C} and at least seven digits, 1-based. */
  public static String idOf(int index) {
    String digits = Integer.toString(index + 1);
    return digits.length() >= 7
        ? "C" + digits
        : "C" + "0000000".substring(digits.length()) + digits;
  }
}
