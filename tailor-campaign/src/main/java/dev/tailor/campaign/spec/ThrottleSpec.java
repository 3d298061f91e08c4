package dev.tailor.campaign.spec;

/**
 * The most messages handed to the transport per second and per hour; 0 means no limit.
 *
 * @param perSecond per second
 * @param perHour per hour
 */
public record ThrottleSpec(int perSecond, int perHour) {
  public static final ThrottleSpec NONE = new ThrottleSpec(0, 0);

  public ThrottleSpec {
    if (perSecond < 0 || perHour < 0) {
      throw new IllegalArgumentException("throttle limits must not be negative");
    }
  }
}
