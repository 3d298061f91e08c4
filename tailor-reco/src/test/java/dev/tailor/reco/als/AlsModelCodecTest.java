package dev.tailor.reco.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlsModelCodecTest {
  private final Interactions m = TinyMatrices.random(60, 25, 0.1, 8);

  @Test
  void aModelReadBackFromItsFileBodyScoresIdentically() throws IOException {
    AlsModel model = (AlsModel) Algorithms.trainer("als", params()).train(data());
    byte[] body = write(model);
    AlsModel read =
        AlsModel.CODEC.read(
            new ModelInput(new ByteArrayInputStream(body), body.length, Algorithms::codec));

    UserProfile known = AlsTrainerTest.profile(m, 4);
    UserProfile stranger = new UserProfile("new", known.items(), known.weights());
    for (UserProfile p : new UserProfile[] {known, stranger}) {
      float[] a = new float[25];
      float[] b = new float[25];
      model.score(p, a);
      read.score(p, b);
      assertThat(b).containsExactly(a);
    }
    assertThat(read.objective()).isEqualTo(model.objective());
  }

  @Test
  void aTruncatedBodyFailsWithAnIoException() throws IOException {
    AlsModel model = new AlsTrainer(params()).fit(m);
    byte[] body = write(model);
    byte[] cut = Arrays.copyOf(body, body.length - 100);
    assertThatThrownBy(
            () ->
                AlsModel.CODEC.read(
                    new ModelInput(new ByteArrayInputStream(cut), cut.length, Algorithms::codec)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theRegistryReadsItsOptions() {
    AlgorithmOptions options =
        AlgorithmOptions.of(Map.of("als.cg-steps", "5", "als.regularization-scaling", "none"));
    AlsTrainer trainer = (AlsTrainer) Algorithms.trainer("als", params(), options);
    assertThat(trainer.cgSteps()).isEqualTo(5);
    assertThat(trainer.objective().scaledRegularization()).isFalse();
    assertThatThrownBy(
            () ->
                Algorithms.trainer("als", params(), AlgorithmOptions.of(Map.of("als.steps", "5"))))
        .hasMessageContaining("als.steps");
  }

  private dev.tailor.reco.model.TrainingData data() {
    return new dev.tailor.reco.model.TrainingData(m, Map.of(), java.time.Instant.EPOCH);
  }

  private static AlgorithmParams params() {
    return new AlgorithmParams(5, 6, 0.05, 4, 1, 42);
  }

  private static byte[] write(AlsModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelOutput out = new ModelOutput(bytes, Algorithms::codec);
    AlsModel.CODEC.write(model, out);
    out.flush();
    return bytes.toByteArray();
  }
}
