package dev.tailor.strategy.spec;

/** What a slot's source starts from. */
public enum Seed {
  /** The customer's whole history, scored by the slot's model. */
  NONE,
  /** The three most recent purchases: their related items (itemknn, copurchase, content). */
  LAST_PURCHASE,
  /** The three most recently viewed products: their related items. */
  LAST_VIEWED,
  /** What is in the cart (added, not removed, not bought since): their related items. */
  CART,
  /** The model's ranking kept to the customer's preferred category. */
  PREFERRED_CATEGORY
}
