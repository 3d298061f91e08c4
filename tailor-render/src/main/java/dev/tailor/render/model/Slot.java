package dev.tailor.render.model;

import java.util.List;
import java.util.Objects;

/**
 * A named place in a template filled with products, e.g. {@code picked_for_you}.
 *
 * @param name the slot's name as templates use it ({@code slots.<name>})
 * @param label the heading shown above the items, e.g. "Picked for you"
 * @param explanation why these items, e.g. "Because you viewed running shoes"; may be empty
 * @param items the products in order; may be empty (templates hide empty slots)
 */
public record Slot(String name, String label, String explanation, List<SlotItem> items) {
  public Slot {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("slot name must be snake_case: " + name);
    }
    label = label == null ? "" : label;
    explanation = explanation == null ? "" : explanation;
    items = List.copyOf(items);
  }
}
