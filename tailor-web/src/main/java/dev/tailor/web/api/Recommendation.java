package dev.tailor.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /v1/recommendations} answers.
 *
 * @param customerId who it is for
 * @param strategy the strategy that decided, when one was asked for
 * @param models the model snapshots used, e.g. {@code als 20261126-101500}
 * @param modelCreatedAt when the newest of them was trained
 * @param slots the slots in order (one slot named {@code recommended} without a strategy)
 * @param notes what the answer rests on, e.g. that the customer is unknown to the model
 */
public record Recommendation(
    String customerId,
    Optional<String> strategy,
    List<String> models,
    Optional<Instant> modelCreatedAt,
    List<Slot> slots,
    List<String> notes) {
  public Recommendation {
    models = List.copyOf(models);
    slots = List.copyOf(slots);
    notes = List.copyOf(notes);
  }

  /**
   * One slot.
   *
   * @param name the slot's id
   * @param label its heading
   * @param items the products, best first
   * @param shortfall why it holds fewer items than asked, if it does
   */
  public record Slot(String name, String label, List<Item> items, Optional<String> shortfall) {
    public Slot {
      items = List.copyOf(items);
    }
  }

  /**
   * One recommended product.
   *
   * @param productId the product
   * @param title its title, when the catalog has one
   * @param score the score that ranked it
   * @param algorithm the source that proposed it
   * @param explanation why, in words a customer may read
   */
  public record Item(
      String productId, String title, double score, String algorithm, String explanation) {}
}
