package dev.tailor.core.settings;

import java.time.Instant;

/** The shop's settings. Implementations: in-memory (tests), JDBC (SQLite, PostgreSQL). */
public interface SettingsRepository {
  /** The stored settings ({@link ShopSettings#NONE} when nothing was saved). */
  ShopSettings get();

  /** Replaces every setting at once (an empty value removes that setting). */
  void save(ShopSettings settings, Instant at);
}
