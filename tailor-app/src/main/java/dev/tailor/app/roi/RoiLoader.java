package dev.tailor.app.roi;

import dev.tailor.app.campaign.CampaignReportLoader;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.store.Store;
import dev.tailor.insights.report.CampaignReport;
import dev.tailor.insights.report.CampaignReporter;
import dev.tailor.insights.report.ReportSettings;
import dev.tailor.insights.roi.CampaignRoi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads each campaign's ROI: the build times from its sent messages (planned at {@code createdAt},
 * sent at {@code sentAt}) and its numbers from the campaign report.
 */
final class RoiLoader {
  private static final int PAGE = 2_000;
  private static final Instant FOREVER = Instant.parse("9999-12-31T00:00:00Z");

  private RoiLoader() {}

  /** Campaigns whose first send falls within [from, to] (UTC days, both optional). */
  static List<CampaignRoi> load(
      Store store, ReportSettings settings, Optional<LocalDate> from, Optional<LocalDate> to) {
    List<CampaignRoi> out = new ArrayList<>();
    for (Campaign c : store.campaigns().list()) {
      Optional<CampaignRoi.BuildTimes> build = buildTimes(store, c.id());
      if (build.isEmpty()) {
        continue; // nothing sent yet
      }
      LocalDate day = build.get().firstSent().atZone(ZoneOffset.UTC).toLocalDate();
      if (from.filter(day::isBefore).isPresent() || to.filter(day::isAfter).isPresent()) {
        continue;
      }
      CampaignReport report =
          new CampaignReporter(settings)
              .report(CampaignReportLoader.load(store, c.id(), settings.attribution()));
      out.add(CampaignRoi.of(report, c.name(), build.get()));
    }
    return out;
  }

  private static Optional<CampaignRoi.BuildTimes> buildTimes(Store store, String campaign) {
    Instant planned = FOREVER;
    Instant first = FOREVER;
    Instant last = Instant.EPOCH;
    long built = 0;
    String after = "";
    while (true) {
      List<Message> page =
          store.messages().page(campaign, EnumSet.of(MessageState.SENT), FOREVER, after, PAGE);
      for (Message m : page) {
        if (m.sentAt().isEmpty()) {
          continue;
        }
        Instant sent = m.sentAt().get();
        built++;
        planned = m.createdAt().isBefore(planned) ? m.createdAt() : planned;
        first = sent.isBefore(first) ? sent : first;
        last = sent.isAfter(last) ? sent : last;
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).id();
    }
    if (built == 0) {
      return Optional.empty();
    }
    Instant start = planned.isAfter(first) ? first : planned;
    return Optional.of(new CampaignRoi.BuildTimes(start, first, last, built));
  }
}
