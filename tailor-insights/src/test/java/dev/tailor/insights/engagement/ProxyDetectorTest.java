package dev.tailor.insights.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.tracking.TrackingHit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxyDetectorTest {
  private static final String SAFARI =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
          + " Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
  private static final String GMAIL =
      "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
  private static final String YAHOO =
      "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html";
  private static final String BARRACUDA = "Mozilla/5.0 (compatible; Barracuda Sentinel)";

  private final ProxyDetector detector = new ProxyDetector(MachineTrafficRules.DEFAULTS);

  private Optional<ProxyKind> open(String agent, String ip) {
    return detector.detect(HitKind.OPEN, Optional.ofNullable(agent), Optional.ofNullable(ip));
  }

  private Optional<ProxyKind> click(String agent, String ip) {
    return detector.detect(HitKind.CLICK, Optional.ofNullable(agent), Optional.ofNullable(ip));
  }

  @Test
  void applesPrefetchIsRecognisedByItsNetworkOrItsBareAgent() {
    assertThat(open("Mozilla/5.0", "17.58.101.12")).contains(ProxyKind.APPLE_MPP);
    assertThat(open(SAFARI, "17.58.101.12")).contains(ProxyKind.APPLE_MPP);
    assertThat(open("Mozilla/5.0", "198.51.100.4")).contains(ProxyKind.APPLE_MPP);
    assertThat(open(SAFARI, "198.51.100.4")).isEmpty();
  }

  @Test
  void aClickIsApplesOnlyWithBothItsNetworkAndItsBareAgent() {
    assertThat(click(SAFARI, "17.58.101.12")).isEmpty();
    assertThat(click("Mozilla/5.0", "198.51.100.4")).isEmpty();
    assertThat(click("Mozilla/5.0", "17.58.101.12")).contains(ProxyKind.APPLE_MPP);
  }

  @Test
  void gmailsAndYahoosImageProxiesAreRecognisedByTheirAgents() {
    assertThat(open(GMAIL, "66.249.84.1")).contains(ProxyKind.GOOGLE_IMAGE_PROXY);
    assertThat(open(YAHOO, "98.136.1.1")).contains(ProxyKind.YAHOO_IMAGE_PROXY);
  }

  @Test
  void securityScannersAreRecognisedOnOpensAndClicks() {
    assertThat(click(BARRACUDA, "198.51.100.4")).contains(ProxyKind.SCANNER);
    assertThat(open("python-requests/2.31.0", null)).contains(ProxyKind.SCANNER);
    assertThat(click("curl/8.5.0", "203.0.113.9")).contains(ProxyKind.SCANNER);
  }

  @Test
  void aHitWithNothingKnownIsNoProxy() {
    assertThat(open(null, null)).isEmpty();
    assertThat(click(SAFARI, "2001:db8::1")).isEmpty();
  }

  @Test
  void aStoredProxyKindMakesTheHitAMachineHitInTheReport() {
    Instant t = Instant.parse("2026-03-02T12:00:00Z");
    Event gmailOpen =
        Event.builder("e1", EventType.EMAIL_OPENED, t).customerId("c1").messageId("m1").build();
    Event scannerClick =
        Event.builder("e2", EventType.EMAIL_CLICKED, t).customerId("c1").messageId("m1").build();
    Event personOpen =
        Event.builder("e3", EventType.EMAIL_OPENED, t).customerId("c2").messageId("m2").build();
    EmailHit a =
        EmailHit.fromEvent(
            gmailOpen,
            Optional.of(
                new TrackingHit(
                    "e1",
                    Optional.of(GMAIL),
                    Optional.of("66.249.84.0/24"),
                    Optional.of("google_image_proxy"))));
    EmailHit b =
        EmailHit.fromEvent(
            scannerClick,
            Optional.of(
                new TrackingHit("e2", Optional.empty(), Optional.empty(), Optional.of("scanner"))));
    EmailHit c =
        EmailHit.fromEvent(
            personOpen,
            Optional.of(
                new TrackingHit(
                    "e3", Optional.of(SAFARI), Optional.of("203.0.113.0/24"), Optional.empty())));

    List<ClassifiedHit> out =
        new MachineTrafficClassifier(MachineTrafficRules.DEFAULTS)
            .classify(List.of(a, b, c), Map.of());

    assertThat(a.ip()).contains("66.249.84.0");
    assertThat(out.get(0).signals()).containsExactly(MachineSignal.PRIVACY_PROXY);
    assertThat(out.get(1).signals()).containsExactly(MachineSignal.SCANNER_AGENT);
    assertThat(out.get(2).human()).isTrue();
  }
}
