package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.store.access.JdbiApiKeyRepository;
import dev.tailor.store.access.JdbiSessionRepository;
import dev.tailor.store.access.JdbiUserRepository;
import dev.tailor.store.campaign.JdbiCampaignRepository;
import dev.tailor.store.campaign.JdbiMessageRepository;
import dev.tailor.store.catalog.JdbiProductRepository;
import dev.tailor.store.customer.JdbiCustomerRepository;
import dev.tailor.store.event.JdbiEventRepository;
import dev.tailor.store.event.JdbiTrackingHitRepository;
import dev.tailor.store.identity.JdbiIdentityRepository;
import dev.tailor.store.internal.Database;
import dev.tailor.store.settings.JdbiSettingsRepository;
import dev.tailor.store.suppression.JdbiSuppressionRepository;

/**
 * The repositories over one SQLite or PostgreSQL database, opened by {@link Stores#open(String)}.
 * Thread-safe: repositories share a connection pool. {@link #close()} closes the pool.
 */
public final class JdbiStore implements Store {
  private final Database db;
  private final JdbiCustomerRepository customers;
  private final JdbiProductRepository products;
  private final JdbiEventRepository events;
  private final JdbiIdentityRepository identities;
  private final JdbiCampaignRepository campaigns;
  private final JdbiMessageRepository messages;
  private final JdbiSuppressionRepository suppressions;
  private final JdbiTrackingHitRepository trackingHits;
  private final JdbiApiKeyRepository apiKeys;
  private final JdbiUserRepository users;
  private final JdbiSessionRepository sessions;
  private final JdbiSettingsRepository settings;

  JdbiStore(Database db) {
    this.db = db;
    this.customers = new JdbiCustomerRepository(db);
    this.products = new JdbiProductRepository(db);
    this.events = new JdbiEventRepository(db);
    this.identities = new JdbiIdentityRepository(db);
    this.campaigns = new JdbiCampaignRepository(db);
    this.messages = new JdbiMessageRepository(db);
    this.suppressions = new JdbiSuppressionRepository(db);
    this.trackingHits = new JdbiTrackingHitRepository(db);
    this.apiKeys = new JdbiApiKeyRepository(db);
    this.users = new JdbiUserRepository(db);
    this.sessions = new JdbiSessionRepository(db);
    this.settings = new JdbiSettingsRepository(db);
  }

  @Override
  public JdbiCustomerRepository customers() {
    return customers;
  }

  @Override
  public JdbiProductRepository products() {
    return products;
  }

  @Override
  public JdbiEventRepository events() {
    return events;
  }

  @Override
  public JdbiIdentityRepository identities() {
    return identities;
  }

  @Override
  public JdbiCampaignRepository campaigns() {
    return campaigns;
  }

  @Override
  public JdbiMessageRepository messages() {
    return messages;
  }

  @Override
  public JdbiSuppressionRepository suppressions() {
    return suppressions;
  }

  @Override
  public JdbiTrackingHitRepository trackingHits() {
    return trackingHits;
  }

  @Override
  public JdbiApiKeyRepository apiKeys() {
    return apiKeys;
  }

  @Override
  public JdbiUserRepository users() {
    return users;
  }

  @Override
  public JdbiSessionRepository sessions() {
    return sessions;
  }

  @Override
  public JdbiSettingsRepository settings() {
    return settings;
  }

  /**
   * {@code sqlite:<path as given>} or {@code postgresql://host:port/database} (plus {@code
   * ?currentSchema=} when the URL sets one): never a user name's password or other parameters.
   */
  @Override
  public String describe() {
    return db.description();
  }

  @Override
  public void close() {
    db.close();
  }

  /** The database underneath, for this module's tests. */
  Database database() {
    return db;
  }

  @Override
  public String toString() {
    return "JdbiStore[" + describe() + "]";
  }
}
