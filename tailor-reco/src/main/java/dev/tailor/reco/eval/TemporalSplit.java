package dev.tailor.reco.eval;

import dev.tailor.reco.data.InteractionLog;
import java.time.Instant;
import java.util.Arrays;

/**
 * Cuts at one global time: events at or after the cut are test, earlier ones training, so no
 * training event is newer than any test event. The cut is the time of the event that starts the
 * newest {@code round(F × events)} events (at least one); events sharing the cut time all go to
 * test, so the test share can exceed F slightly when many events share a timestamp.
 *
 * @param testFraction F, strictly between 0 and 1
 */
public record TemporalSplit(double testFraction) implements Split {
  public TemporalSplit {
    Split.checkFraction("temporal", testFraction);
  }

  @Override
  public String spec() {
    return "temporal:" + testFraction;
  }

  @Override
  public TrainTest apply(InteractionLog log) {
    if (log.size() == 0) {
      throw EvaluationException.badInput("cannot split: there are no product interactions");
    }
    long cut = cutTime(log);
    InteractionLog train = log.filter(r -> log.time(r) < cut);
    InteractionLog test = log.filter(r -> log.time(r) >= cut);
    if (train.size() == 0) {
      throw EvaluationException.badInput(
          spec()
              + " leaves nothing to train on: all "
              + log.size()
              + " events are at or after the cut time "
              + Instant.ofEpochMilli(cut));
    }
    return new TrainTest(train, test, spec() + " cut at " + Instant.ofEpochMilli(cut));
  }

  /** The cut time: the time of the first of the newest {@code round(F × n)} events. */
  long cutTime(InteractionLog log) {
    long[] times = new long[log.size()];
    for (int r = 0; r < times.length; r++) {
      times[r] = log.time(r);
    }
    Arrays.sort(times);
    int testCount = (int) Math.max(1, Math.round(testFraction * times.length));
    return times[times.length - testCount];
  }
}
