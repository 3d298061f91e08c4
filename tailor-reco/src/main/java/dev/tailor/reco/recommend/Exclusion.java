package dev.tailor.reco.recommend;

/** Which of a customer's products are never recommended back to them. */
public enum Exclusion {
  /** Recommend anything, even what the customer bought. */
  NONE,
  /** Skip what the customer already bought (the default). */
  PURCHASED,
  /** Skip everything the customer interacted with (viewed, carted, bought, clicked). */
  INTERACTED
}
