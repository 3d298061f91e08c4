package dev.tailor.strategy.rules;

import dev.tailor.strategy.items.ItemTable;
import java.time.Instant;
import java.util.Map;

/**
 * One customer's items during one decision, marked in arrays over the catalog: bought (with when),
 * emailed (with when), already chosen, and their usual category paths. Reused from decision to
 * decision by one thread (a new decision moves a stamp instead of clearing); not thread-safe.
 */
public final class Marks {
  private final ItemTable table;
  private final int[] bought;
  private final Instant[] boughtAt;
  private final int[] shown;
  private final Instant[] shownAt;
  private final int[] used;

  /** Stamped for an item bought, emailed or chosen: one read tells an unmarked item. */
  private final int[] marked;

  private final int[] usual;
  private int stamp;

  public Marks(ItemTable table) {
    this.table = table;
    int n = table.size();
    bought = new int[n];
    boughtAt = new Instant[n];
    shown = new int[n];
    shownAt = new Instant[n];
    used = new int[n];
    marked = new int[n];
    usual = new int[Math.max(1, table.paths())];
  }

  public ItemTable table() {
    return table;
  }

  /** Starts a decision for the customer of {@code facts}, who was emailed {@code emailed}. */
  public void reset(CustomerFacts facts, Map<String, Instant> emailed) {
    stamp++;
    if (stamp == 0) {
      java.util.Arrays.fill(bought, 0);
      java.util.Arrays.fill(shown, 0);
      java.util.Arrays.fill(used, 0);
      java.util.Arrays.fill(marked, 0);
      java.util.Arrays.fill(usual, 0);
      stamp = 1;
    }
    facts
        .purchased()
        .forEach(
            (id, at) -> {
              int i = table.indexOf(id);
              if (i != ItemTable.NONE) {
                bought[i] = stamp;
                boughtAt[i] = at;
                marked[i] = stamp;
              }
            });
    emailed.forEach(
        (id, at) -> {
          int i = table.indexOf(id);
          if (i != ItemTable.NONE) {
            shown[i] = stamp;
            shownAt[i] = at;
            marked[i] = stamp;
          }
        });
    for (String path : facts.categories().keySet()) {
      int c = table.pathIdOf(path);
      if (c != ItemTable.NONE) {
        usual[c] = stamp;
      }
    }
  }

  /** When the customer last bought {@code item}, or null. */
  public Instant boughtAt(int item) {
    return bought[item] == stamp ? boughtAt[item] : null;
  }

  /** When {@code item} was last emailed to the customer, or null. */
  public Instant shownAt(int item) {
    return shown[item] == stamp ? shownAt[item] : null;
  }

  /** True when the decision already holds {@code item}. */
  public boolean used(int item) {
    return used[item] == stamp;
  }

  public void use(int item) {
    used[item] = stamp;
    marked[item] = stamp;
  }

  /** True when the customer bought {@code item}, was emailed it, or the decision holds it. */
  public boolean marked(int item) {
    return marked[item] == stamp;
  }

  /** True when the customer interacted with the category path {@code pathId}. */
  public boolean usual(int pathId) {
    return pathId != ItemTable.NONE && usual[pathId] == stamp;
  }
}
