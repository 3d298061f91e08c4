package dev.tailor.campaign.spec;

/**
 * At most {@code max} emails per customer in any {@code days} days, across campaigns.
 *
 * @param max the cap; 0 turns it off
 * @param days the window
 */
public record FrequencyCap(int max, int days) {
  public static final FrequencyCap DEFAULT = new FrequencyCap(3, 7);

  public FrequencyCap {
    if (max < 0 || days < 1) {
      throw new IllegalArgumentException("frequency cap needs max >= 0 and days >= 1");
    }
  }

  public boolean enabled() {
    return max > 0;
  }
}
