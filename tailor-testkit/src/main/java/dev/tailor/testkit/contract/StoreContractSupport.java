package dev.tailor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.store.Store;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract suite shares: a fresh store per test, opened by {@link #newStore()} and
 * closed after the test.
 */
public abstract class StoreContractSupport {
  /** The store under test, new and empty for each test. */
  protected Store store;

  /** Opens a new, empty store of the implementation under test. */
  protected abstract Store newStore();

  @BeforeEach
  public final void openStore() {
    store = newStore();
  }

  @AfterEach
  public final void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  /** Asserts that {@code call} fails with a {@link TailorException}. */
  protected static void assertRejected(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(TailorException.class);
  }
}
