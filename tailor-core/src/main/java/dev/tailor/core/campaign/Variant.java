package dev.tailor.core.campaign;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.List;
import java.util.Objects;

/**
 * One arm of an A/B/n test: a strategy, a template and its subject lines, with a weight.
 *
 * @param name the variant's name (a short id such as {@code ai} or {@code bestsellers})
 * @param weight the share of the non-holdout audience it gets, in (0, 1]; a campaign's weights sum
 *     to 1
 * @param strategy the strategy file, as written in the campaign file
 * @param template a starter template name or a template file
 * @param subjects subject lines to rotate through (Liquid); empty means the template's own
 */
public record Variant(
    String name, double weight, String strategy, String template, List<String> subjects) {
  public Variant {
    if (name == null || !name.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "variant name must be 1-40 lower-case letters, digits, '-' or '_': " + name);
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "variant " + name + ": weight must lie in (0, 1]: " + weight);
    }
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(template, "template");
    subjects = List.copyOf(subjects);
  }
}
