package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignRepository;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link CampaignRepository} contract. */
public abstract class CampaignRepositoryContract extends StoreContractSupport {

  private CampaignRepository campaigns() {
    return store.campaigns();
  }

  static Campaign campaign(String id, int minute) {
    return new Campaign(
        id,
        "Weekly picks " + id,
        CampaignStatus.PLANNING,
        List.of(
            new Variant("ai", 0.5, "strategies/ai.yaml", "weekly-picks", List.of("Hi ✓", "Yo")),
            new Variant("rules", 0.5, "strategies/rules.yaml", "weekly-picks", List.of())),
        0.1,
        "key: " + id + "\n",
        "campaigns/" + id + ".yaml",
        minutes(minute),
        minutes(minute));
  }

  @Test
  public void aSavedCampaignReadsBackWithItsVariantsInOrder() {
    Campaign c = campaign("weekly-1", 0);
    campaigns().save(c);
    assertThat(campaigns().findById("weekly-1")).contains(c);
    assertThat(campaigns().findById("other")).isEmpty();
  }

  @Test
  public void savingAgainReplacesTheSpecButKeepsTheCreationTime() {
    campaigns().save(campaign("weekly-1", 0));
    Campaign changed =
        new Campaign(
            "weekly-1",
            "Renamed",
            CampaignStatus.SENDING,
            List.of(new Variant("only", 1.0, "s.yaml", "t", List.of("S"))),
            0.2,
            "key: weekly-1\npilot: 1\n",
            "elsewhere.yaml",
            minutes(5),
            minutes(5));
    campaigns().save(changed);
    Campaign read = campaigns().findById("weekly-1").orElseThrow();
    assertThat(read.name()).isEqualTo("Renamed");
    assertThat(read.variants()).extracting(Variant::name).containsExactly("only");
    assertThat(read.holdoutShare()).isEqualTo(0.2);
    assertThat(read.spec()).contains("pilot");
    assertThat(read.createdAt()).isEqualTo(minutes(0));
    assertThat(read.updatedAt()).isEqualTo(minutes(5));
  }

  @Test
  public void theListShowsTheNewestFirst() {
    campaigns().save(campaign("a", 1));
    campaigns().save(campaign("b", 3));
    campaigns().save(campaign("c", 2));
    assertThat(campaigns().list()).extracting(Campaign::id).containsExactly("b", "c", "a");
  }

  @Test
  public void aStatusChangesOnlyFromTheExpectedOne() {
    campaigns().save(campaign("a", 1));
    assertThat(
            campaigns().updateStatus("a", CampaignStatus.SENDING, CampaignStatus.DONE, minutes(2)))
        .isFalse();
    assertThat(
            campaigns()
                .updateStatus("a", CampaignStatus.PLANNING, CampaignStatus.SENDING, minutes(2)))
        .isTrue();
    assertThat(campaigns().findById("a").orElseThrow().status()).isEqualTo(CampaignStatus.SENDING);
    assertThat(campaigns().findById("a").orElseThrow().updatedAt()).isEqualTo(minutes(2));
    assertThat(
            campaigns()
                .updateStatus("zz", CampaignStatus.PLANNING, CampaignStatus.DONE, minutes(2)))
        .isFalse();
  }

  @Test
  public void oneRunnerHoldsTheLeaseUntilItGoesStale() {
    campaigns().save(campaign("a", 0));
    assertThat(campaigns().acquireLease("a", "r1", minutes(10), minutes(9))).isTrue();
    assertThat(campaigns().acquireLease("a", "r2", minutes(10), minutes(9))).isFalse();
    assertThat(campaigns().acquireLease("a", "r1", minutes(11), minutes(10))).isTrue();
    assertThat(campaigns().renewLease("a", "r1", minutes(12))).isTrue();
    assertThat(campaigns().renewLease("a", "r2", minutes(12))).isFalse();
    assertThat(campaigns().acquireLease("a", "r2", minutes(13), minutes(12))).isFalse();
    assertThat(campaigns().acquireLease("a", "r2", minutes(20), minutes(15))).isTrue();
    assertThat(campaigns().renewLease("a", "r1", minutes(21))).isFalse();
  }

  @Test
  public void aReleasedLeaseCanBeTakenAtOnce() {
    campaigns().save(campaign("a", 0));
    assertThat(campaigns().acquireLease("a", "r1", minutes(10), minutes(9))).isTrue();
    campaigns().releaseLease("a", "r2");
    assertThat(campaigns().acquireLease("a", "r2", minutes(10), minutes(9))).isFalse();
    campaigns().releaseLease("a", "r1");
    assertThat(campaigns().acquireLease("a", "r2", minutes(10), minutes(9))).isTrue();
  }

  @Test
  public void noLeaseOnAnUnknownCampaign() {
    assertThat(campaigns().acquireLease("nope", "r1", minutes(10), minutes(9))).isFalse();
  }
}
