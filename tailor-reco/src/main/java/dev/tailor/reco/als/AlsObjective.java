package dev.tailor.reco.als;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * The loss implicit ALS minimises, shared by training and fold-in:
 *
 * <pre>
 *   Σ_(u,i) c_ui (p_ui − x_u·y_i)²  +  Σ_u λ_u ‖x_u‖²  +  Σ_i λ_i ‖y_i‖²
 *   p_ui = 1 if weight_ui > 0 else 0,   c_ui = 1 + alpha × weight_ui
 * </pre>
 *
 * <p>With {@code scaledRegularization} (the default, as in Spark MLlib's ALS) a row's penalty is
 * {@code λ_u = regularization × (number of its interactions)}, so the same {@code --regularization}
 * means the same objective in both engines; otherwise {@code λ_u = regularization} for every row.
 *
 * @param regularization L2 weight, ≥ 0
 * @param alpha confidence per unit of weight, ≥ 0
 * @param scaledRegularization whether the penalty grows with the row's interaction count
 */
public record AlsObjective(double regularization, double alpha, boolean scaledRegularization) {
  public AlsObjective {
    if (!(regularization >= 0) || Double.isInfinite(regularization)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "--regularization must be a finite number ≥ 0, not " + regularization);
    }
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "--alpha must be a finite number ≥ 0, not " + alpha);
    }
  }

  /** The L2 penalty of a row with {@code count} interactions. */
  public double lambda(int count) {
    return scaledRegularization ? regularization * count : regularization;
  }
}
