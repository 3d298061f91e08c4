package dev.tailor.campaign.assign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Variant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class AssignerPropertiesTest {
  private static List<Variant> variants(double firstWeight) {
    return List.of(
        new Variant("a", firstWeight, "s.yaml", "t", List.of()),
        new Variant("b", 1 - firstWeight, "s.yaml", "t", List.of()));
  }

  @Property(tries = 200)
  void theSameCustomerIsAssignedTheSameWayWhateverElseIsAssigned(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String customer,
      @ForAll @IntRange(min = 0, max = 500) int othersBefore,
      @ForAll @DoubleRange(min = 0.05, max = 0.95) double weight) {
    Assigner first = new Assigner("weekly", 0.3, 0.1, variants(weight));
    Assignment before = first.assign(customer);
    Assigner second = new Assigner("weekly", 0.3, 0.1, variants(weight));
    for (int i = 0; i < othersBefore; i++) {
      second.assign("other-" + i);
    }
    assertThat(second.assign(customer)).isEqualTo(before);
  }

  @Property(tries = 20)
  void sharesMatchTheirTargetsWithinTolerance(
      @ForAll @DoubleRange(min = 0.0, max = 0.5) double holdout,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double pilot,
      @ForAll @DoubleRange(min = 0.1, max = 0.9) double weight,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String salt) {
    String key = salt.toLowerCase(java.util.Locale.ROOT);
    Assigner a = new Assigner(key, pilot, holdout, variants(weight));
    int n = 20_000;
    int held = 0;
    int inPilot = 0;
    Map<String, Integer> byVariant = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Assignment x = a.assign("c" + i);
      ids.add(x.messageId());
      held += x.holdout() ? 1 : 0;
      inPilot += x.pilot() ? 1 : 0;
      if (!x.holdout()) {
        byVariant.merge(x.variant(), 1, Integer::sum);
      } else {
        assertThat(x.variant()).isEqualTo(Assigner.HOLDOUT);
      }
    }
    // 20,000 draws: a binomial share's standard deviation is at most 0.0036; allow 5 of them.
    double tolerance = 0.018;
    assertThat((double) held / n)
        .isCloseTo(holdout, org.assertj.core.data.Offset.offset(tolerance));
    assertThat((double) inPilot / n)
        .isCloseTo(pilot, org.assertj.core.data.Offset.offset(tolerance));
    int sent = n - held;
    if (sent > 1_000) {
      assertThat((double) byVariant.getOrDefault("a", 0) / sent)
          .isCloseTo(weight, org.assertj.core.data.Offset.offset(tolerance * 2));
    }
    assertThat(ids).hasSize(n);
  }

  @Property(tries = 50)
  void differentCampaignsAssignIndependently(
      @ForAll @AlphaChars @StringLength(min = 1, max = 8) String salt) {
    Assigner one =
        new Assigner("one-" + salt.toLowerCase(java.util.Locale.ROOT), 1, 0.5, variants(0.5));
    Assigner two =
        new Assigner("two-" + salt.toLowerCase(java.util.Locale.ROOT), 1, 0.5, variants(0.5));
    int same = 0;
    for (int i = 0; i < 2_000; i++) {
      same += one.assign("c" + i).holdout() == two.assign("c" + i).holdout() ? 1 : 0;
    }
    // Independent halves agree about half the time.
    assertThat(same).isBetween(850, 1_150);
  }
}
