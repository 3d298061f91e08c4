package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.campaign.MessageState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a campaign's messages failed: the details of its {@code failed} messages (a render error, a
 * hard bounce, a message in doubt given up) grouped by reason, with email addresses in them written
 * {@code <address>} so that one bounce reason is one group. Read page by page, at most {@link
 * #MAX_READ} messages.
 */
public final class FailureReasons {
  /** Failed messages read at most. */
  public static final int MAX_READ = 100_000;

  private static final int PAGE = 1_000;
  private static final Pattern ADDRESS =
      Pattern.compile("<?[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}>?");

  /**
   * One reason.
   *
   * @param reason the detail, addresses written {@code <address>}
   * @param count failed messages with it
   * @param example one of them
   */
  public record Reason(String reason, long count, String example) {}

  /**
   * The reasons, most frequent first.
   *
   * @param read failed messages read
   * @param complete false when more than {@link #MAX_READ} failed and the rest were not read
   */
  public record Summary(List<Reason> reasons, long read, boolean complete) {
    public Summary {
      reasons = List.copyOf(reasons);
    }
  }

  private FailureReasons() {}

  /** The failure reasons of {@code campaignId}'s messages. */
  public static Summary of(MessageRepository messages, String campaignId) {
    Objects.requireNonNull(messages, "messages");
    Map<String, long[]> counts = new HashMap<>();
    Map<String, String> examples = new HashMap<>();
    String after = "";
    long read = 0;
    boolean complete = true;
    while (true) {
      List<Message> page =
          messages.page(campaignId, EnumSet.of(MessageState.FAILED), Instant.MAX, after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      if (read >= MAX_READ) {
        complete = false;
        break;
      }
      for (Message m : page) {
        String reason = normalize(m.detail().orElse("(no reason recorded)"));
        counts.computeIfAbsent(reason, k -> new long[1])[0]++;
        examples.putIfAbsent(reason, m.id());
      }
      read += page.size();
      after = page.get(page.size() - 1).id();
    }
    List<Reason> reasons = new ArrayList<>();
    counts.forEach((r, n) -> reasons.add(new Reason(r, n[0], examples.get(r))));
    reasons.sort(Comparator.comparingLong(Reason::count).reversed().thenComparing(Reason::reason));
    return new Summary(reasons, read, complete);
  }

  static String normalize(String detail) {
    return ADDRESS.matcher(detail).replaceAll("<address>");
  }
}
