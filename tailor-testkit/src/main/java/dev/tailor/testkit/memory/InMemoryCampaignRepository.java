package dev.tailor.testkit.memory;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignRepository;
import dev.tailor.core.campaign.CampaignStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Campaigns by id, with their run lease. Thread-safe. */
public final class InMemoryCampaignRepository implements CampaignRepository {
  private final Map<String, Campaign> byId = new HashMap<>();
  private final Map<String, String> leaseToken = new HashMap<>();
  private final Map<String, Instant> leaseAt = new HashMap<>();

  @Override
  public synchronized void save(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    Campaign old = byId.get(campaign.id());
    byId.put(
        campaign.id(),
        old == null
            ? campaign
            : new Campaign(
                campaign.id(),
                campaign.name(),
                campaign.status(),
                campaign.variants(),
                campaign.holdoutShare(),
                campaign.spec(),
                campaign.source(),
                old.createdAt(),
                campaign.updatedAt()));
  }

  @Override
  public synchronized Optional<Campaign> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Campaign> list() {
    return byId.values().stream()
        .sorted(
            Comparator.comparing(Campaign::createdAt)
                .reversed()
                .thenComparing(Campaign::id, Batches.ID_ORDER))
        .toList();
  }

  @Override
  public synchronized boolean updateStatus(
      String id, CampaignStatus expected, CampaignStatus next, Instant at) {
    Campaign c = byId.get(id);
    if (c == null || c.status() != expected) {
      return false;
    }
    byId.put(id, c.withStatus(next, at));
    return true;
  }

  @Override
  public synchronized boolean acquireLease(
      String id, String token, Instant now, Instant staleBefore) {
    if (!byId.containsKey(id)) {
      return false;
    }
    String holder = leaseToken.get(id);
    if (holder == null || holder.equals(token) || leaseAt.get(id).isBefore(staleBefore)) {
      leaseToken.put(id, token);
      leaseAt.put(id, now);
      return true;
    }
    return false;
  }

  @Override
  public synchronized boolean renewLease(String id, String token, Instant now) {
    if (token.equals(leaseToken.get(id))) {
      leaseAt.put(id, now);
      return true;
    }
    return false;
  }

  @Override
  public synchronized void releaseLease(String id, String token) {
    if (token.equals(leaseToken.get(id))) {
      leaseToken.remove(id);
      leaseAt.remove(id);
    }
  }
}
