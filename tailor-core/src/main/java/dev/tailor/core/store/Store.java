package dev.tailor.core.store;

import dev.tailor.core.access.ApiKeyRepository;
import dev.tailor.core.access.SessionRepository;
import dev.tailor.core.access.UserRepository;
import dev.tailor.core.campaign.CampaignRepository;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.catalog.ProductRepository;
import dev.tailor.core.customer.CustomerRepository;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.identity.IdentityRepository;
import dev.tailor.core.settings.SettingsRepository;
import dev.tailor.core.suppression.SuppressionRepository;
import dev.tailor.core.tracking.TrackingHitRepository;

/** One place where all of a shop's data lives: the repositories over one database. */
public interface Store extends AutoCloseable {
  CustomerRepository customers();

  ProductRepository products();

  EventRepository events();

  IdentityRepository identities();

  CampaignRepository campaigns();

  MessageRepository messages();

  SuppressionRepository suppressions();

  /** The user agents, networks and proxies of tracking hits, beside {@link #events()}. */
  TrackingHitRepository trackingHits();

  ApiKeyRepository apiKeys();

  UserRepository users();

  /** Dashboard sessions (hashed ids), kept across restarts. */
  SessionRepository sessions();

  /** The shop's settings made in the dashboard. */
  SettingsRepository settings();

  /** A short description for logs, e.g. {@code sqlite:./tailor-data/tailor.db}, never secrets. */
  String describe();

  @Override
  void close();
}
