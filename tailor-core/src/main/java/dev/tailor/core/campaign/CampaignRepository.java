package dev.tailor.core.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where campaigns live, with a lease that lets one runner at a time deliver a campaign.
 * Implementations: in-memory (tests), JDBC (SQLite, PostgreSQL).
 */
public interface CampaignRepository {
  /** Inserts the campaign, or replaces its name, status, variants, holdout and spec by id. */
  void save(Campaign campaign);

  Optional<Campaign> findById(String id);

  /** Every campaign, most recently created first. */
  List<Campaign> list();

  /** Sets the status only when it is still {@code expected}; true when it was changed. */
  boolean updateStatus(String id, CampaignStatus expected, CampaignStatus next, Instant at);

  /**
   * Takes the campaign's run lease for {@code token} when nobody holds it or its holder last
   * renewed it before {@code staleBefore}; true when taken.
   */
  boolean acquireLease(String id, String token, Instant now, Instant staleBefore);

  /** Renews the lease held by {@code token}; false when another runner took it over. */
  boolean renewLease(String id, String token, Instant now);

  /** Gives up the lease held by {@code token} (nothing happens when another runner holds it). */
  void releaseLease(String id, String token);
}
