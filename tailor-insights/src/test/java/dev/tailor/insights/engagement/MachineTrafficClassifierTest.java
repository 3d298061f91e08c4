package dev.tailor.insights.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MachineTrafficClassifierTest {
  private static final Instant DELIVERED = Instant.parse("2026-03-02T09:00:00Z");
  private static final String SAFARI =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
          + " Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
  private final MachineTrafficClassifier classifier =
      new MachineTrafficClassifier(MachineTrafficRules.DEFAULTS);
  private final Map<String, Instant> delivered = Map.of("m1", DELIVERED, "m2", DELIVERED);
  private int ids;

  @Test
  void applesProxyPrefetchIsAMachineOpenAndAPersonReadingLaterIsHuman() {
    EmailHit mpp = open("m1", 40, "Mozilla/5.0", "17.58.101.12");
    EmailHit fromAppleNetwork = open("m1", 300, SAFARI, "17.58.101.13");
    EmailHit bareAgentElsewhere = open("m1", 300, "Mozilla/5.0", "198.51.100.4");
    EmailHit person = open("m2", 3600, SAFARI, "203.0.113.9");

    List<ClassifiedHit> out =
        classifier.classify(List.of(mpp, fromAppleNetwork, bareAgentElsewhere, person), delivered);

    assertThat(out.get(0).signals()).containsExactly(MachineSignal.PRIVACY_PROXY);
    assertThat(out.get(1).signals()).containsExactly(MachineSignal.PRIVACY_PROXY);
    assertThat(out.get(2).signals()).containsExactly(MachineSignal.PRIVACY_PROXY);
    assertThat(out.get(3).human()).isTrue();
    assertThat(out.get(3).hit()).isEqualTo(person);
  }

  @Test
  void aClickThroughPrivateRelayWithARealBrowserIsHuman() {
    EmailHit relayClick = click("m1", 600, SAFARI, "17.58.101.12", "similar", "p1");
    EmailHit proxyClick = click("m1", 900, "Mozilla/5.0", "17.58.101.12", "similar", "p2");
    List<ClassifiedHit> out = classifier.classify(List.of(relayClick, proxyClick), delivered);
    assertThat(out.get(0).human()).isTrue();
    assertThat(out.get(1).signals()).containsExactly(MachineSignal.PRIVACY_PROXY);
  }

  @Test
  void opensAndClicksWithinSecondsOfDeliveryAreMachine() {
    EmailHit fastOpen = open("m1", 1, SAFARI, "203.0.113.9");
    EmailHit slowOpen = open("m1", 2, SAFARI, "203.0.113.9");
    EmailHit fastClick = click("m2", 9, SAFARI, "203.0.113.9", "similar", "p1");
    EmailHit slowClick = click("m2", 10, SAFARI, "203.0.113.9", "similar", "p1");
    EmailHit unknownDelivery = click("m9", 0, SAFARI, "203.0.113.9", "similar", "p1");

    List<ClassifiedHit> out =
        classifier.classify(
            List.of(fastOpen, slowOpen, fastClick, slowClick, unknownDelivery), delivered);

    assertThat(out)
        .extracting(ClassifiedHit::human)
        .containsExactly(false, true, false, true, true);
    assertThat(out.get(0).signals()).containsExactly(MachineSignal.TOO_SOON_AFTER_DELIVERY);
  }

  @Test
  void aSubSecondBurstAcrossLinksIsFlaggedButRepeatedOrSpreadClicksAreNot() {
    List<EmailHit> hits = new ArrayList<>();
    // a scanner follows every link of m1 within 300 ms, an hour after delivery
    hits.add(clickAt("m1", 3600_000, "hero", "p1"));
    hits.add(clickAt("m1", 3600_100, "similar", "p2"));
    hits.add(clickAt("m1", 3600_300, "similar", "p3"));
    // a person double-clicks one link of m2, then another two a few seconds later
    hits.add(clickAt("m2", 3600_000, "hero", "p1"));
    hits.add(clickAt("m2", 3600_150, "hero", "p1"));
    hits.add(clickAt("m2", 3600_250, "hero", "p1"));
    hits.add(clickAt("m2", 3603_000, "similar", "p2"));
    hits.add(clickAt("m2", 3603_900, "similar", "p3"));

    List<ClassifiedHit> out = classifier.classify(hits, delivered);

    assertThat(out.subList(0, 3))
        .allSatisfy(c -> assertThat(c.signals()).containsExactly(MachineSignal.CLICK_BURST));
    assertThat(out.subList(3, 8)).allSatisfy(c -> assertThat(c.human()).isTrue());
  }

  @Test
  void theBurstWindowIsStrictlyShorterThanItsLength() {
    List<EmailHit> hits =
        List.of(
            clickAt("m1", 3600_000, "a", "p1"),
            clickAt("m1", 3600_500, "b", "p2"),
            clickAt("m1", 3601_000, "c", "p3"));
    assertThat(classifier.classify(hits, delivered)).allMatch(ClassifiedHit::human);
  }

  @Test
  void scannerAgentsAreMachineWhateverTheTiming() {
    EmailHit curl = click("m1", 7200, "curl/8.5.0", "198.51.100.1", "hero", "p1");
    EmailHit headless = open("m1", 7200, "Mozilla/5.0 HeadlessChrome/120.0", "198.51.100.1");
    assertThat(classifier.classify(List.of(curl, headless), delivered))
        .allSatisfy(c -> assertThat(c.signals()).containsExactly(MachineSignal.SCANNER_AGENT));
  }

  @Test
  void eventsBecomeHitsJudgedByTimingAlone() {
    Event e =
        Event.builder("e1", EventType.EMAIL_CLICKED, DELIVERED.plusSeconds(3))
            .customerId("c1")
            .messageId("m1")
            .productId("p1")
            .build();
    EmailHit h = EmailHit.fromEvent(e);
    assertThat(h.kind()).isEqualTo(HitKind.CLICK);
    assertThat(h.productId()).contains("p1");
    assertThat(classifier.classify(List.of(h), delivered).get(0).signals())
        .containsExactly(MachineSignal.TOO_SOON_AFTER_DELIVERY);
    Event order =
        Event.builder("e2", EventType.ORDER_COMPLETED, DELIVERED).customerId("c1").build();
    assertThatThrownBy(() -> EmailHit.fromEvent(order))
        .isInstanceOf(TailorException.class)
        .hasMessage("event e2 is neither an open nor a click");
  }

  @Test
  void rulesAreValidatedWithTheKeyNamed() {
    MachineTrafficRules d = MachineTrafficRules.DEFAULTS;
    assertThatThrownBy(
            () ->
                new MachineTrafficRules(
                    d.proxyNetworks(),
                    d.proxyUserAgents(),
                    d.scannerAgentFragments(),
                    Duration.ofSeconds(-1),
                    d.clickGrace(),
                    d.burstWindow(),
                    3))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.engagement.open-grace");
    assertThatThrownBy(
            () ->
                new MachineTrafficRules(
                    d.proxyNetworks(),
                    Set.of(),
                    List.of(" "),
                    d.openGrace(),
                    d.clickGrace(),
                    d.burstWindow(),
                    3))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.engagement.scanner-agents");
    MachineTrafficRules noApple = d.withProxyNetworks(IpRanges.none());
    assertThat(
            new MachineTrafficClassifier(noApple)
                .classify(List.of(open("m1", 600, SAFARI, "17.1.1.1")), delivered)
                .get(0)
                .human())
        .isTrue();
  }

  private EmailHit open(String message, long seconds, String agent, String ip) {
    return new EmailHit(
        "h" + ids++,
        HitKind.OPEN,
        message,
        DELIVERED.plusSeconds(seconds),
        Optional.of(agent),
        Optional.of(ip),
        Optional.empty(),
        Optional.empty());
  }

  private EmailHit click(
      String message, long seconds, String agent, String ip, String slot, String product) {
    return new EmailHit(
        "h" + ids++,
        HitKind.CLICK,
        message,
        DELIVERED.plusSeconds(seconds),
        Optional.of(agent),
        Optional.of(ip),
        Optional.of(slot),
        Optional.of(product));
  }

  private EmailHit clickAt(String message, long millis, String slot, String product) {
    return new EmailHit(
        "h" + ids++,
        HitKind.CLICK,
        message,
        DELIVERED.plusMillis(millis),
        Optional.of(SAFARI),
        Optional.of("203.0.113.9"),
        Optional.of(slot),
        Optional.of(product));
  }
}
