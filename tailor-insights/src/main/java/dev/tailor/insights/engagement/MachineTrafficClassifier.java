package dev.tailor.insights.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Flags opens and clicks that a machine made, by {@link MachineTrafficRules}. */
public final class MachineTrafficClassifier {
  private final MachineTrafficRules rules;

  public MachineTrafficClassifier(MachineTrafficRules rules) {
    this.rules = rules;
  }

  /**
   * Classifies every hit, in the order given.
   *
   * @param hits the opens and clicks (of any number of messages)
   * @param deliveredAt when each message was delivered, by message id; hits of a message without a
   *     delivery time escape the timing rule only
   */
  public List<ClassifiedHit> classify(Collection<EmailHit> hits, Map<String, Instant> deliveredAt) {
    Set<String> bursts = burstClicks(hits);
    List<ClassifiedHit> out = new ArrayList<>(hits.size());
    for (EmailHit h : hits) {
      EnumSet<MachineSignal> signals = EnumSet.noneOf(MachineSignal.class);
      if (fromProxy(h)) {
        signals.add(MachineSignal.PRIVACY_PROXY);
      }
      if (h.userAgent().map(this::scanner).orElse(false)) {
        signals.add(MachineSignal.SCANNER_AGENT);
      }
      h.proxy().ifPresent(p -> signals.add(p.signal()));
      Instant delivered = deliveredAt.get(h.messageId());
      if (delivered != null && tooSoon(h, delivered)) {
        signals.add(MachineSignal.TOO_SOON_AFTER_DELIVERY);
      }
      if (bursts.contains(h.eventId())) {
        signals.add(MachineSignal.CLICK_BURST);
      }
      out.add(new ClassifiedHit(h, signals));
    }
    return out;
  }

  private boolean fromProxy(EmailHit h) {
    boolean proxyNet = h.ip().map(rules.proxyNetworks()::contains).orElse(false);
    boolean proxyAgent =
        h.userAgent().map(a -> rules.proxyUserAgents().contains(a.strip())).orElse(false);
    if (h.kind() == HitKind.OPEN) {
      return proxyNet || proxyAgent;
    }
    // people browsing through Private Relay click from the same networks, with a full user agent
    return proxyNet && proxyAgent;
  }

  private boolean scanner(String agent) {
    String a = agent.toLowerCase(Locale.ROOT);
    for (String f : rules.scannerAgentFragments()) {
      if (a.contains(f)) {
        return true;
      }
    }
    return false;
  }

  private boolean tooSoon(EmailHit h, Instant delivered) {
    Duration grace = h.kind() == HitKind.OPEN ? rules.openGrace() : rules.clickGrace();
    Duration since = Duration.between(delivered, h.at());
    return !since.isNegative() && since.compareTo(grace) < 0;
  }

  /** Event ids of clicks inside a window that holds clicks on burstMinLinks distinct links. */
  private Set<String> burstClicks(Collection<EmailHit> hits) {
    Map<String, List<EmailHit>> byMessage = new LinkedHashMap<>();
    for (EmailHit h : hits) {
      if (h.kind() == HitKind.CLICK) {
        byMessage.computeIfAbsent(h.messageId(), k -> new ArrayList<>()).add(h);
      }
    }
    Set<String> flagged = new HashSet<>();
    for (List<EmailHit> clicks : byMessage.values()) {
      if (clicks.size() < rules.burstMinLinks()) {
        continue;
      }
      clicks.sort(Comparator.comparing(EmailHit::at).thenComparing(EmailHit::eventId));
      Map<String, Integer> linksInWindow = new HashMap<>();
      int start = 0;
      for (int end = 0; end < clicks.size(); end++) {
        linksInWindow.merge(clicks.get(end).link(), 1, Integer::sum);
        while (!Duration.between(clicks.get(start).at(), clicks.get(end).at())
            .minus(rules.burstWindow())
            .isNegative()) {
          remove(linksInWindow, clicks.get(start).link());
          start++;
        }
        if (linksInWindow.size() >= rules.burstMinLinks()) {
          for (int i = start; i <= end; i++) {
            flagged.add(clicks.get(i).eventId());
          }
        }
      }
    }
    return flagged;
  }

  private static void remove(Map<String, Integer> counts, String link) {
    Optional.ofNullable(counts.get(link))
        .ifPresent(
            n -> {
              if (n == 1) {
                counts.remove(link);
              } else {
                counts.put(link, n - 1);
              }
            });
  }
}
