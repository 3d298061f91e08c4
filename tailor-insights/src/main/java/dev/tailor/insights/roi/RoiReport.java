package dev.tailor.insights.roi;

import java.util.List;

/**
 * The ROI report.
 *
 * @param by {@code campaign} or {@code week}
 * @param rows one per campaign (by first send) or per week (Monday, UTC, of the first send)
 * @param total every campaign together
 */
public record RoiReport(String by, List<RoiRow> rows, RoiRow total) {
  public RoiReport {
    rows = List.copyOf(rows);
  }
}
