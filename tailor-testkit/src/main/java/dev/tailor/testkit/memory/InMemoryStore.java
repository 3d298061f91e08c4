package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;

/**
 * A {@link Store} held in memory, for unit tests and examples. Data lives as long as the object;
 * {@link #close()} keeps it. {@link #describe()} returns {@code memory}.
 */
public final class InMemoryStore implements Store {
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  private final InMemoryProductRepository products = new InMemoryProductRepository();
  private final InMemoryIdentityRepository identities = new InMemoryIdentityRepository();
  private final InMemoryEventRepository events = new InMemoryEventRepository(identities);
  private final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
  private final InMemoryMessageRepository messages = new InMemoryMessageRepository();
  private final InMemorySuppressionRepository suppressions = new InMemorySuppressionRepository();
  private final InMemoryTrackingHitRepository trackingHits =
      new InMemoryTrackingHitRepository(events);
  private final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final InMemorySettingsRepository settings = new InMemorySettingsRepository();

  @Override
  public InMemoryCustomerRepository customers() {
    return customers;
  }

  @Override
  public InMemoryProductRepository products() {
    return products;
  }

  @Override
  public InMemoryEventRepository events() {
    return events;
  }

  @Override
  public InMemoryIdentityRepository identities() {
    return identities;
  }

  @Override
  public InMemoryCampaignRepository campaigns() {
    return campaigns;
  }

  @Override
  public InMemoryMessageRepository messages() {
    return messages;
  }

  @Override
  public InMemorySuppressionRepository suppressions() {
    return suppressions;
  }

  @Override
  public InMemoryTrackingHitRepository trackingHits() {
    return trackingHits;
  }

  @Override
  public InMemoryApiKeyRepository apiKeys() {
    return apiKeys;
  }

  @Override
  public InMemoryUserRepository users() {
    return users;
  }

  @Override
  public InMemorySessionRepository sessions() {
    return sessions;
  }

  @Override
  public InMemorySettingsRepository settings() {
    return settings;
  }

  @Override
  public String describe() {
    return "memory";
  }

  @Override
  public void close() {
    // nothing to release
  }
}
