package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.access.ApiKey;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.core.access.DashboardSession;
import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.settings.ShopSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code ApiKeyRepository}, {@code UserRepository}, {@code SessionRepository} and
 * {@code SettingsRepository}.
 */
public abstract class AccessRepositoryContract extends StoreContractSupport {
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  private static ApiKey key(String id, ApiKeyKind kind, String hash, long minute) {
    return new ApiKey(id, kind, hash, "site", minutes(minute), Optional.empty());
  }

  @Test
  public void anAddedKeyIsFoundByHashAndById() {
    ApiKey k = key("tk_pub_1", ApiKeyKind.PUBLIC, HASH_A, 1);
    store.apiKeys().add(k);
    assertThat(store.apiKeys().findByHash(HASH_A)).contains(k);
    assertThat(store.apiKeys().findById("tk_pub_1")).contains(k);
    assertThat(store.apiKeys().findByHash(HASH_B)).isEmpty();
    assertThat(store.apiKeys().findById("tk_pub_2")).isEmpty();
  }

  @Test
  public void aTakenIdOrHashIsRefusedAndNothingChanges() {
    store.apiKeys().add(key("tk_pub_1", ApiKeyKind.PUBLIC, HASH_A, 1));
    assertRejected(() -> store.apiKeys().add(key("tk_pub_1", ApiKeyKind.PRIVATE, HASH_B, 2)));
    assertRejected(() -> store.apiKeys().add(key("tk_prv_2", ApiKeyKind.PRIVATE, HASH_A, 2)));
    assertThat(store.apiKeys().list()).hasSize(1);
    assertThat(store.apiKeys().findById("tk_pub_1").orElseThrow().kind())
        .isEqualTo(ApiKeyKind.PUBLIC);
  }

  @Test
  public void keysAreListedNewestFirst() {
    store.apiKeys().add(key("tk_pub_1", ApiKeyKind.PUBLIC, HASH_A, 1));
    store.apiKeys().add(key("tk_prv_2", ApiKeyKind.PRIVATE, HASH_B, 2));
    assertThat(store.apiKeys().list())
        .extracting(ApiKey::id)
        .containsExactly("tk_prv_2", "tk_pub_1");
  }

  @Test
  public void aRevokedKeyStaysListedButIsNotActive() {
    store.apiKeys().add(key("tk_pub_1", ApiKeyKind.PUBLIC, HASH_A, 1));
    assertThat(store.apiKeys().revoke("tk_pub_1", minutes(5))).isTrue();
    assertThat(store.apiKeys().revoke("tk_pub_1", minutes(6))).isFalse();
    assertThat(store.apiKeys().revoke("nope", minutes(6))).isFalse();
    ApiKey k = store.apiKeys().findByHash(HASH_A).orElseThrow();
    assertThat(k.active()).isFalse();
    assertThat(k.revokedAt()).contains(minutes(5));
  }

  @Test
  public void usersAreAddedFoundAndCounted() {
    DashboardUser u = new DashboardUser("admin", "pbkdf2-sha256$1$c2FsdA$aGFzaA", minutes(1));
    store.users().add(u);
    store.users().add(new DashboardUser("zoe", "x", minutes(2)));
    assertThat(store.users().find("admin")).contains(u);
    assertThat(store.users().find("Admin")).isEmpty();
    assertThat(store.users().count()).isEqualTo(2);
    assertThat(store.users().list())
        .extracting(DashboardUser::username)
        .containsExactly("admin", "zoe");
  }

  @Test
  public void aTakenUsernameIsRefused() {
    store.users().add(new DashboardUser("admin", "one", minutes(1)));
    assertRejected(() -> store.users().add(new DashboardUser("admin", "two", minutes(2))));
    assertThat(store.users().find("admin").orElseThrow().passwordHash()).isEqualTo("one");
  }

  @Test
  public void aPasswordIsReplaced() {
    store.users().add(new DashboardUser("admin", "one", minutes(1)));
    assertThat(store.users().updatePassword("admin", "two")).isTrue();
    assertThat(store.users().updatePassword("ghost", "two")).isFalse();
    assertThat(store.users().find("admin").orElseThrow().passwordHash()).isEqualTo("two");
  }

  @Test
  public void aSessionIsFoundByItsHashExtendedAndRemoved() {
    DashboardSession s = new DashboardSession(HASH_A, "admin", minutes(1), minutes(60));
    store.sessions().add(s);
    assertThat(store.sessions().find(HASH_A)).contains(s);
    assertThat(store.sessions().find(HASH_B)).isEmpty();
    assertThat(store.sessions().extend(HASH_A, minutes(120))).isTrue();
    assertThat(store.sessions().extend(HASH_B, minutes(120))).isFalse();
    assertThat(store.sessions().find(HASH_A).orElseThrow().expiresAt()).isEqualTo(minutes(120));
    assertThat(store.sessions().remove(HASH_A)).isTrue();
    assertThat(store.sessions().remove(HASH_A)).isFalse();
    assertThat(store.sessions().find(HASH_A)).isEmpty();
  }

  @Test
  public void onlyExpiredSessionsAreRemovedAsExpired() {
    store.sessions().add(new DashboardSession(HASH_A, "admin", minutes(1), minutes(10)));
    store.sessions().add(new DashboardSession(HASH_B, "zoe", minutes(1), minutes(30)));
    assertThat(store.sessions().removeExpired(minutes(10))).isEqualTo(1);
    assertThat(store.sessions().find(HASH_A)).isEmpty();
    assertThat(store.sessions().find(HASH_B)).isPresent();
  }

  @Test
  public void settingsAreEmptyUntilSavedAndASaveReplacesThemAll() {
    assertThat(store.settings().get()).isEqualTo(ShopSettings.NONE);
    ShopSettings full =
        new ShopSettings(
            Optional.of("Example Shop"),
            Optional.of("news@shop.example"),
            Optional.of("help@shop.example"),
            Optional.of("1 Main St, Springfield; it's <b>fine</b>"),
            Optional.of("https://t.shop.example"));
    store.settings().save(full, minutes(1));
    assertThat(store.settings().get()).isEqualTo(full);
    ShopSettings partial =
        new ShopSettings(
            Optional.empty(),
            Optional.of("hello@shop.example"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    store.settings().save(partial, minutes(2));
    assertThat(store.settings().get()).isEqualTo(partial);
  }
}
