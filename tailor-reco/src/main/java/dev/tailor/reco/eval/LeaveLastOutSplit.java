package dev.tailor.reco.eval;

import dev.tailor.reco.data.InteractionLog;

/**
 * Each customer's last interacted product (the product of their newest event; on equal times the
 * later row) goes to test with every event of that customer on it. Customers with a single distinct
 * product stay whole in training: testing them would only make them cold. Training keeps other
 * customers' events up to the end of the log, as the leave-one-out protocol does; use {@link
 * TemporalSplit} when no training event may be newer than a test event.
 */
public record LeaveLastOutSplit() implements Split {
  @Override
  public String spec() {
    return "leave-last-out";
  }

  @Override
  public TrainTest apply(InteractionLog log) {
    if (log.size() == 0) {
      throw EvaluationException.badInput("cannot split: there are no product interactions");
    }
    CustomerRows rows = CustomerRows.of(log);
    boolean[] testRow = new boolean[log.size()];
    for (int c = 0; c < rows.customerCount(); c++) {
      if (rows.distinctProducts(c) < 2) {
        continue;
      }
      int last = -1;
      for (int k = rows.start(c); k < rows.end(c); k++) {
        int r = rows.row(k);
        if (last < 0
            || log.time(r) > log.time(last)
            || (log.time(r) == log.time(last) && r > last)) {
          last = r;
        }
      }
      int product = log.product(last);
      for (int k = rows.start(c); k < rows.end(c); k++) {
        if (rows.product(k) == product) {
          testRow[rows.row(k)] = true;
        }
      }
    }
    InteractionLog train = log.filter(r -> !testRow[r]);
    InteractionLog test = log.filter(r -> testRow[r]);
    if (test.size() == 0) {
      throw EvaluationException.badInput(
          spec() + " leaves nothing to test: no customer has two distinct products");
    }
    return new TrainTest(train, test, spec());
  }
}
