package dev.tailor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededRandomTest {
  @Test
  void twoRandomsFromTheDefaultSeedDrawTheSameNumbers() {
    assertThat(SeededRandom.create().ints(5).toArray())
        .containsExactly(SeededRandom.create().ints(5).toArray());
    assertThat(SeededRandom.splittable().nextLong())
        .isEqualTo(SeededRandom.splittable().nextLong());
  }

  @Test
  void anotherSeedDrawsOtherNumbers() {
    assertThat(SeededRandom.create(7).nextLong()).isNotEqualTo(SeededRandom.create().nextLong());
  }
}
