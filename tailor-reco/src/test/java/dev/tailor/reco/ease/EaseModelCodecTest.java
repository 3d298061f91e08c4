package dev.tailor.reco.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.als.TinyMatrices;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EaseModelCodecTest {
  private final Interactions m = TinyMatrices.random(50, 20, 0.15, 2);

  @Test
  void aModelReadBackFromItsFileBodyScoresIdentically() throws IOException {
    EaseModel model =
        (EaseModel)
            Algorithms.trainer("ease", AlgorithmParams.DEFAULTS)
                .train(new TrainingData(m, Map.of(), Instant.EPOCH));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelOutput out = new ModelOutput(bytes, Algorithms::codec);
    EaseModel.CODEC.write(model, out);
    out.flush();
    byte[] body = bytes.toByteArray();
    EaseModel read =
        EaseModel.CODEC.read(
            new ModelInput(new ByteArrayInputStream(body), body.length, Algorithms::codec));

    UserProfile p = new UserProfile("x", new int[] {1, 4}, new float[] {2, 1});
    float[] a = new float[20];
    float[] b = new float[20];
    model.score(p, a);
    read.score(p, b);
    assertThat(b).containsExactly(a);
  }

  @Test
  void theSharedDefaultRegularizationStandsForEasesOwnDefault() {
    EaseTrainer defaults = EaseTrainer.from(AlgorithmParams.DEFAULTS, AlgorithmOptions.NONE);
    assertThat(defaults.regularization())
        .isCloseTo(EaseTrainer.DEFAULT_REGULARIZATION, within(0.0));
    AlgorithmParams explicit = new AlgorithmParams(64, 15, 250, 10, 1, 42);
    assertThat(EaseTrainer.from(explicit, AlgorithmOptions.NONE).regularization()).isEqualTo(250);
  }
}
