package dev.tailor.sim.behaviour;

import dev.tailor.core.customer.Customer;
import dev.tailor.sim.people.Profile;
import dev.tailor.sim.people.Taste;
import java.util.List;

/**
 * Everything simulated for one customer: the customer as of the end of the window, their hidden
 * tastes, and their events in time order.
 *
 * @param profile who they are
 * @param customer the row of {@code customers.csv} (consent as of the end of the window)
 * @param taste their hidden tastes
 * @param events their events, oldest first
 */
public record CustomerRecord(
    Profile profile, Customer customer, Taste taste, List<SimEvent> events) {

  public CustomerRecord {
    events = List.copyOf(events);
  }
}
