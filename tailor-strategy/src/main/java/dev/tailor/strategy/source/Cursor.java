package dev.tailor.strategy.source;

/**
 * A source's candidates for one customer, best first, read one at a time without allocating: after
 * {@link #next} returns true, {@link #item}, {@link #score} and {@link #seed} describe the current
 * candidate.
 */
public abstract class Cursor {
  /** Moves to the next candidate; false when there are no more. */
  public abstract boolean next();

  /** The current candidate's item number in the engine's table, or -1 when not in the catalog. */
  public abstract int item();

  /** The current candidate's product id. */
  public abstract String productId();

  /** The current candidate's source score, higher is better. */
  public abstract double score();

  /** The seed product the current candidate is related to, or null. */
  public abstract String seed();

  /** The model or list that proposes the candidates. */
  public abstract String algorithm();

  /**
   * Adds, per rejection, the candidates this source left out without offering them because the
   * slot's rules reject them (a ranking of only the products the rules let through); called when a
   * slot read the source to its end and still wants more.
   */
  public void addLeftOut(int[] rejected) {}

  /** The current candidate as a record. */
  public Candidate candidate() {
    return new Candidate(productId(), score(), algorithm(), java.util.Optional.ofNullable(seed()));
  }

  static Cursor empty() {
    return new Cursor() {
      @Override
      public boolean next() {
        return false;
      }

      @Override
      public int item() {
        throw new IllegalStateException();
      }

      @Override
      public String productId() {
        throw new IllegalStateException();
      }

      @Override
      public double score() {
        throw new IllegalStateException();
      }

      @Override
      public String seed() {
        return null;
      }

      @Override
      public String algorithm() {
        return "";
      }
    };
  }
}
