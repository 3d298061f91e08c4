package dev.tailor.reco.eval;

import dev.tailor.reco.data.InteractionLog;
import java.util.Objects;

/**
 * A training log and a test log. When cut by a {@link Split} both share the original log's id
 * indexes; when read from two sources they have their own, and the evaluator maps them by id.
 *
 * @param train what models may learn from
 * @param test what they are judged on; never shown to a model
 * @param description how the split was made, for reports (e.g. {@code temporal:0.2 cut at ...})
 */
public record TrainTest(InteractionLog train, InteractionLog test, String description) {
  public TrainTest {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(description, "description");
  }
}
