package dev.tailor.reco.recommend;

/**
 * What a batch run did.
 *
 * @param customers customers processed
 * @param byModel lists made by the model alone
 * @param filled lists the model started and the fallback completed
 * @param byFallback lists made by the fallback alone (the model knew nothing usable)
 * @param empty customers left without any recommendation (each with a note in its row)
 * @param seconds wall time
 */
public record BatchSummary(
    long customers, long byModel, long filled, long byFallback, long empty, double seconds) {

  /** Customers per second. */
  public double rate() {
    return seconds > 0 ? customers / seconds : 0;
  }
}
