package dev.tailor.insights.alerts;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks what a campaign recommended against the catalog as it is now: out-of-stock products and
 * products whose title, brand, category or tags carry a blocked term (whole words, any case).
 */
public final class RecommendationAudit {
  private static final int LISTED = 10;
  private final List<String> blockedTerms;

  public RecommendationAudit(Collection<String> blockedTerms) {
    List<String> terms = new ArrayList<>();
    for (String t : blockedTerms) {
      String s = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        throw new TailorException(
            ErrorCode.CONFIG, "tailor.alerts.blocked-terms must not hold an empty term");
      }
      terms.add(s);
    }
    this.blockedTerms = List.copyOf(terms);
  }

  /** Alerts for the recommended products of {@code messages}; {@code catalog} looks products up. */
  public List<Alert> audit(
      String campaignId,
      Collection<SentMessage> messages,
      Function<String, Optional<Product>> catalog,
      Instant now) {
    Map<String, Optional<Product>> seen = new HashMap<>();
    Set<String> outOfStock = new TreeSet<>();
    Map<String, String> blocked = new java.util.TreeMap<>();
    long outEmails = 0;
    long blockedEmails = 0;
    for (SentMessage m : messages) {
      boolean out = false;
      boolean bad = false;
      for (RecommendedItem i : m.items()) {
        Optional<Product> p = seen.computeIfAbsent(i.productId(), catalog);
        if (p.isEmpty()) {
          continue;
        }
        if (p.get().inventory().map(n -> n <= 0).orElse(false)) {
          outOfStock.add(i.productId());
          out = true;
        }
        Optional<String> term = blockedTerm(p.get());
        if (term.isPresent()) {
          blocked.put(i.productId(), term.get());
          bad = true;
        }
      }
      outEmails += out ? 1 : 0;
      blockedEmails += bad ? 1 : 0;
    }
    List<Alert> alerts = new ArrayList<>();
    if (!outOfStock.isEmpty()) {
      alerts.add(
          new Alert(
              "out-of-stock-recommended",
              Severity.WARNING,
              campaignId,
              outOfStock.size()
                  + " out-of-stock products recommended in "
                  + outEmails
                  + " emails: "
                  + listed(outOfStock),
              now));
    }
    if (!blocked.isEmpty()) {
      List<String> named = new ArrayList<>();
      blocked.forEach((id, term) -> named.add(id + " ('" + term + "')"));
      alerts.add(
          new Alert(
              "blocked-term-recommended",
              Severity.CRITICAL,
              campaignId,
              blocked.size()
                  + " products with a blocked term recommended in "
                  + blockedEmails
                  + " emails: "
                  + listed(named),
              now));
    }
    return alerts;
  }

  private Optional<String> blockedTerm(Product p) {
    List<String> texts = new ArrayList<>();
    p.title().ifPresent(texts::add);
    p.brand().ifPresent(texts::add);
    texts.addAll(p.category());
    texts.addAll(p.tags());
    for (String text : texts) {
      String t = text.toLowerCase(Locale.ROOT);
      for (String term : blockedTerms) {
        if (containsWord(t, term)) {
          return Optional.of(term);
        }
      }
    }
    return Optional.empty();
  }

  static boolean containsWord(String text, String term) {
    int from = 0;
    while (true) {
      int i = text.indexOf(term, from);
      if (i < 0) {
        return false;
      }
      int end = i + term.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = i + 1;
    }
  }

  private static String listed(Collection<String> items) {
    List<String> list = new ArrayList<>(items);
    String shown = String.join(", ", list.subList(0, Math.min(LISTED, list.size())));
    return list.size() > LISTED ? shown + " and " + (list.size() - LISTED) + " more" : shown;
  }
}
