package dev.tailor.reco.recommend;

import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.UserProfile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Many customers' histories in one model's item space, for batch runs: the weighted matrix of a
 * log, mapped to the model's items, plus each customer's purchases, plus customers without history.
 * Made by {@link ProfileBuilder#fromLog}. Immutable.
 */
public final class Histories {
  private final Interactions matrix;
  private final int[] toModel;
  private final int[] boughtStart;
  private final int[] bought;
  private final List<String> extra;

  Histories(
      Interactions matrix,
      int[] toModel,
      int[] boughtStart,
      int[] bought,
      Collection<String> alsoCustomers) {
    this.matrix = matrix;
    this.toModel = toModel;
    this.boughtStart = boughtStart;
    this.bought = bought;
    List<String> more = new ArrayList<>();
    for (String id : new LinkedHashSet<>(alsoCustomers)) {
      if (matrix.users().indexOf(id) < 0) {
        more.add(id);
      }
    }
    this.extra = List.copyOf(more);
  }

  /** Customers: those of the log first, in its order, then the others. */
  public int size() {
    return matrix.userCount() + extra.size();
  }

  public String customerId(int k) {
    return k < matrix.userCount() ? matrix.users().idOf(k) : extra.get(k - matrix.userCount());
  }

  /** The position of {@code customerId}, or -1. */
  public int indexOf(String customerId) {
    int k = matrix.users().indexOf(customerId);
    if (k >= 0) {
      return k;
    }
    int e = extra.indexOf(customerId);
    return e < 0 ? -1 : matrix.userCount() + e;
  }

  /** Customer {@code k}'s weighted history over the model's items (empty when none). */
  public UserProfile profile(int k) {
    String id = customerId(k);
    if (k >= matrix.userCount()) {
      return UserProfile.cold(id);
    }
    int known = 0;
    for (int e = matrix.rowStart(k); e < matrix.rowEnd(k); e++) {
      known += toModel[matrix.col(e)] >= 0 ? 1 : 0;
    }
    int[] items = new int[known];
    float[] weights = new float[known];
    int n = 0;
    for (int e = matrix.rowStart(k); e < matrix.rowEnd(k); e++) {
      int item = toModel[matrix.col(e)];
      if (item >= 0) {
        items[n] = item;
        weights[n++] = matrix.value(e);
      }
    }
    return new UserProfile(id, items, weights);
  }

  /** Customer {@code k}'s profile and purchases. */
  public CustomerHistory history(int k) {
    int[] purchased =
        k < matrix.userCount()
            ? java.util.Arrays.copyOfRange(bought, boughtStart[k], boughtStart[k + 1])
            : new int[0];
    return new CustomerHistory(profile(k), purchased);
  }

  /** Sets in {@code out} the items to exclude for customer {@code k}; allocates nothing. */
  void exclude(int k, UserProfile profile, Exclusion exclusion, BitSet out) {
    if (exclusion == Exclusion.INTERACTED) {
      for (int item : profile.items()) {
        out.set(item);
      }
    }
    if (exclusion != Exclusion.NONE && k < matrix.userCount()) {
      for (int e = boughtStart[k]; e < boughtStart[k + 1]; e++) {
        out.set(bought[e]);
      }
    }
  }
}
