package dev.tailor.campaign.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Variant;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignParserTest {
  @TempDir Path dir;

  private static Path repo() {
    Path given = Path.of(System.getProperty("tailor.repo", "..")).toAbsolutePath().normalize();
    return java.nio.file.Files.isDirectory(given.resolve("examples")) ? given : Path.of("..");
  }

  @Test
  void theShippedExampleParsesWithItsStrategiesAndTemplates() {
    CampaignSpec spec =
        CampaignParser.parse(repo().resolve("examples/campaigns/weekly-picks.yaml"));
    assertThat(spec.key()).isEqualTo("weekly-picks");
    assertThat(spec.variants()).extracting(Variant::name).containsExactly("ai", "bestsellers");
    assertThat(spec.variants()).extracting(Variant::weight).containsExactly(0.5, 0.5);
    assertThat(spec.holdout().share()).isEqualTo(0.10);
    assertThat(spec.holdout().treatment()).isEqualTo(HoldoutSpec.Treatment.NO_EMAIL);
    assertThat(spec.frequencyCap()).isEqualTo(new FrequencyCap(3, 7));
    assertThat(spec.audience().activeWithinDays()).hasValue(365);
    assertThat(spec.delivery().channel()).isEqualTo(DeliverySpec.Channel.OUTBOX);
    assertThat(spec.decideAt()).isEqualTo(CampaignSpec.DecideAt.BUILD);
    CampaignFiles files = CampaignFiles.load(spec);
    assertThat(files.strategies().get("ai").name()).isEqualTo("fashion-5-slot");
    assertThat(files.strategies().get("bestsellers").name()).isEqualTo("bestsellers-top-category");
    assertThat(files.templates()).containsKeys("ai", "bestsellers");
  }

  @Test
  void aMinimalFileTakesTheDefaults() {
    CampaignSpec spec =
        CampaignParser.parse(TestShop.campaignFile(dir, TestShop.twoVariants("k1", "")));
    assertThat(spec.pilot()).isEqualTo(1.0);
    assertThat(spec.holdout()).isEqualTo(HoldoutSpec.DEFAULT);
    assertThat(spec.sendTime()).isEqualTo(SendTimeSpec.NOW);
    assertThat(spec.throttle()).isEqualTo(ThrottleSpec.NONE);
    assertThat(spec.delivery()).isEqualTo(DeliverySpec.DEFAULT);
    assertThat(spec.frequencyCap()).isEqualTo(FrequencyCap.DEFAULT);
  }

  @Test
  void everyKeyIsRead() {
    CampaignSpec spec =
        CampaignParser.parse(
            TestShop.campaignFile(
                dir,
                TestShop.twoVariants(
                    "k1",
                    "name: Big one\naudience: {countries: [DE], has_purchased: true,"
                        + " active_within_days: 30, attributes: {tier: gold}}\n"
                        + "frequency_cap: {max: 2, days: 14}\npilot: 0.25\n"
                        + "holdout: {share: 0.2, treatment: generic, strategy: rules.yaml,"
                        + " template: welcome}\n"
                        + "send_time: {policy: local, local_time: '09:30', default_timezone:"
                        + " Europe/Paris}\n"
                        + "throttle: {per_second: 10, per_hour: 1000}\ndecide_at: send\n"
                        + "delivery: {channel: esp_export, file: out.jsonl, in_doubt: give_up}\n")));
    assertThat(spec.name()).isEqualTo("Big one");
    assertThat(spec.audience().countries()).containsExactly("DE");
    assertThat(spec.audience().hasPurchased()).contains(true);
    assertThat(spec.audience().attributes()).containsEntry("tier", "gold");
    assertThat(spec.frequencyCap()).isEqualTo(new FrequencyCap(2, 14));
    assertThat(spec.pilot()).isEqualTo(0.25);
    assertThat(spec.holdout().generic().orElseThrow().template()).isEqualTo("welcome");
    assertThat(spec.sendTime().localTime()).contains(LocalTime.of(9, 30));
    assertThat(spec.throttle()).isEqualTo(new ThrottleSpec(10, 1000));
    assertThat(spec.decideAt()).isEqualTo(CampaignSpec.DecideAt.SEND);
    assertThat(spec.delivery().path()).contains("out.jsonl");
    assertThat(spec.delivery().inDoubt()).isEqualTo(DeliverySpec.InDoubt.GIVE_UP);
    assertThat(CampaignFiles.load(spec).arms())
        .extracting(Variant::name)
        .containsExactly("ai", "rules", "holdout");
  }

  private void refused(String body, String... fragments) {
    Path file = TestShop.campaignFile(dir, body);
    assertThatThrownBy(() -> CampaignFiles.load(CampaignParser.parse(file)))
        .isInstanceOf(TailorException.class)
        .message()
        .contains(fragments);
  }

  @Test
  void anUnknownAudienceFieldIsRefusedNamingIt() {
    refused(
        TestShop.twoVariants("k1", "audience: {age: 30}\n"),
        "audience.age",
        "unknown key",
        "countries");
  }

  @Test
  void weightsThatDoNotSumToOneAreRefused() {
    refused(
        "key: k1\nvariants:\n  - {name: a, weight: 0.5, strategy: ai.yaml, template: welcome}\n"
            + "  - {name: b, weight: 0.3, strategy: ai.yaml, template: welcome}\n",
        "variants",
        "sum to 0.8000");
  }

  @Test
  void aHoldoutOverHalfIsRefused() {
    refused(TestShop.twoVariants("k1", "holdout: {share: 0.6}\n"), "holdout.share", "0.5");
  }

  @Test
  void anUnknownTemplateIsRefusedNamingTheVariant() {
    refused(
        "key: k1\nvariants:\n  - {name: a, strategy: ai.yaml, template: nope}\n",
        "variants[0].template",
        "unknown template nope");
  }

  @Test
  void anUnknownStrategyFileIsRefused() {
    refused(
        "key: k1\nvariants:\n  - {name: a, strategy: missing.yaml, template: welcome}\n",
        "variants[0].strategy",
        "no strategy file missing.yaml");
  }

  @Test
  void badKeysTypesAndSyntaxAreRefused() {
    refused(TestShop.twoVariants("Bad Key!", ""), "key", "lower-case");
    refused(TestShop.twoVariants("k1", "pilot: 2\n"), "pilot", "between");
    refused(TestShop.twoVariants("k1", "decide_at: later\n"), "decide_at", "build, send");
    refused(
        TestShop.twoVariants("k1", "send_time: {policy: fixed, at: tomorrow}\n"), "send_time.at");
    refused(TestShop.twoVariants("k1", "key: again\n"), "Duplicate field 'key'");
    refused("key: k1\nvariants: [\n", "campaign.yaml:");
    refused("key: k1\n", "variants", "at least one variant");
    refused(
        TestShop.twoVariants("k1", "delivery: {channel: smtp, dir: x}\n"),
        "delivery.dir",
        "only the outbox");
  }
}
