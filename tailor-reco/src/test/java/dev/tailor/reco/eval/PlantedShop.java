package dev.tailor.reco.eval;

import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import java.util.SplittableRandom;

/**
 * A synthetic log with a planted signal: customer {@code c} belongs to taste group {@code c %
 * groups} and picks a product of that group ({@code p % groups == group}) with probability {@code
 * loyalty}, any product otherwise. Popularity alone knows nothing of the groups.
 */
public final class PlantedShop {
  private PlantedShop() {}

  /**
   * {@code events} interactions of {@code customers} customers over {@code products} products, at
   * increasing times one second apart, seeded.
   */
  public static InteractionLog log(
      int customers, int products, int groups, int events, double loyalty, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    InteractionLog.Builder b = InteractionLog.builder();
    int perGroup = products / groups;
    for (int e = 0; e < events; e++) {
      int c = random.nextInt(customers);
      int p;
      if (random.nextDouble() < loyalty) {
        p = random.nextInt(perGroup) * groups + c % groups;
      } else {
        p = random.nextInt(products);
      }
      EventType type =
          random.nextDouble() < 0.2 ? EventType.ORDER_COMPLETED : EventType.PRODUCT_VIEWED;
      b.add("c" + c, "p" + p, type, e * 1000L, null, 1);
    }
    return b.build();
  }
}
