package dev.tailor.campaign.spec;

import dev.tailor.core.campaign.Variant;
import java.util.Objects;
import java.util.Optional;

/**
 * The control group.
 *
 * @param share the share of the audience held out, in [0, 0.5]
 * @param treatment what the holdout gets
 * @param generic the strategy and template of the generic email ({@code treatment: generic})
 */
public record HoldoutSpec(double share, Treatment treatment, Optional<Variant> generic) {
  /** What the holdout group gets. */
  public enum Treatment {
    NO_EMAIL,
    GENERIC
  }

  public static final HoldoutSpec DEFAULT =
      new HoldoutSpec(0.10, Treatment.NO_EMAIL, Optional.empty());

  public HoldoutSpec {
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(generic, "generic");
    if (treatment == Treatment.GENERIC && generic.isEmpty()) {
      throw new IllegalArgumentException("a generic holdout needs its strategy and template");
    }
  }
}
