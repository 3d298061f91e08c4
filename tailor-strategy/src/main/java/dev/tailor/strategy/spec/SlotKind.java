package dev.tailor.strategy.spec;

/** A product slot, or a content block (articles, offers: catalog items of another type). */
public enum SlotKind {
  PRODUCT,
  CONTENT
}
