package dev.tailor.testkit.memory;

import dev.tailor.core.settings.SettingsRepository;
import dev.tailor.core.settings.ShopSettings;
import java.time.Instant;

/** {@link SettingsRepository} in a field; thread-safe by locking. */
public final class InMemorySettingsRepository implements SettingsRepository {
  private ShopSettings settings = ShopSettings.NONE;

  @Override
  public synchronized ShopSettings get() {
    return settings;
  }

  @Override
  public synchronized void save(ShopSettings settings, Instant at) {
    this.settings = settings;
  }
}
