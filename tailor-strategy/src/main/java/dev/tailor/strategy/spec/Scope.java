package dev.tailor.strategy.spec;

/** Which categories a slot's candidates may come from, relative to the customer's own. */
public enum Scope {
  ANY,
  /** Only categories the customer interacted with. */
  USUAL,
  /** Only categories the customer never interacted with ("something new to discover"). */
  OUTSIDE_USUAL
}
