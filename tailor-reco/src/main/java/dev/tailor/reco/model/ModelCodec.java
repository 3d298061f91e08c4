package dev.tailor.reco.model;

import java.io.IOException;

/**
 * Writes and reads the body of one algorithm's model in a snapshot file (the header around it is
 * the snapshot store's business). One codec per algorithm, registered beside its trainer in {@code
 * dev.tailor.reco.Algorithms}. A codec reads exactly what it wrote, in the same order; it should
 * validate what it reads (lengths, index ranges) and throw an {@link IOException} saying what is
 * wrong, since a damaged file must fail with a message rather than make a broken model.
 *
 * @param <M> the model class
 */
public interface ModelCodec<M extends Model> {
  /** The model class this codec writes. */
  Class<M> type();

  void write(M model, ModelOutput out) throws IOException;

  M read(ModelInput in) throws IOException;
}
