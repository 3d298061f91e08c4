package dev.tailor.reco.content;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import java.io.IOException;

/** Writes the item index, the vocabulary and the sparse unit vectors of a {@link ContentModel}. */
final class ContentCodec implements ModelCodec<ContentModel> {
  @Override
  public Class<ContentModel> type() {
    return ContentModel.class;
  }

  @Override
  public void write(ContentModel m, ModelOutput out) throws IOException {
    out.writeIdIndex(m.items());
    out.writeInt(m.vocabulary().length);
    for (String feature : m.vocabulary()) {
      out.writeString(feature);
    }
    out.writeInts(m.rowStart());
    out.writeInts(m.features());
    out.writeFloats(m.values());
  }

  @Override
  public ContentModel read(ModelInput in) throws IOException {
    IdIndex items = in.readIdIndex();
    String[] vocabulary = new String[in.length(Integer.BYTES)];
    for (int f = 0; f < vocabulary.length; f++) {
      vocabulary[f] = in.readString();
    }
    int[] rowStart = in.readInts();
    int[] features = in.readInts();
    float[] values = in.readFloats();
    try {
      return new ContentModel(items, vocabulary, rowStart, features, values);
    } catch (IllegalArgumentException e) {
      throw new IOException("damaged content vectors: " + e.getMessage(), e);
    }
  }
}
