package dev.tailor.web.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The data check for the dashboard.
 *
 * @param facts labelled values, in order
 * @param warnings what the check warns about
 * @param eventsPerDay events per day (UTC) over the last weeks of data, oldest first
 */
public record DataHealth(List<Fact> facts, List<String> warnings, List<DayCount> eventsPerDay) {
  public DataHealth {
    facts = List.copyOf(facts);
    warnings = List.copyOf(warnings);
    eventsPerDay = List.copyOf(eventsPerDay);
  }

  public record Fact(String label, String value) {}

  public record DayCount(LocalDate day, long events) {}
}
