package dev.tailor.sim.time;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The sale windows of the seasonal collections around the end of the simulation, in epoch seconds
 * (start inclusive, end inclusive): the latest summer (April to September) and winter (October to
 * March) that started at least a month before the end, and a holiday collection that opens two
 * weeks after it.
 *
 * @param summerFrom first second of the summer collection
 * @param summerTo last second of the summer collection
 * @param winterFrom first second of the winter collection
 * @param winterTo last second of the winter collection
 * @param holidayFrom first second of the holiday collection
 * @param holidayTo last second of the holiday collection
 */
public record SaleSeasons(
    long summerFrom,
    long summerTo,
    long winterFrom,
    long winterTo,
    long holidayFrom,
    long holidayTo) {

  /** The collections around {@code end} (epoch seconds). */
  public static SaleSeasons around(long end) {
    LocalDate reference = LocalDate.ofEpochDay(Math.floorDiv(end, SimWindow.DAY) - 30);
    int summerYear =
        reference.isBefore(LocalDate.of(reference.getYear(), 4, 1))
            ? reference.getYear() - 1
            : reference.getYear();
    int winterYear =
        reference.isBefore(LocalDate.of(reference.getYear(), 10, 1))
            ? reference.getYear() - 1
            : reference.getYear();
    return new SaleSeasons(
        startOf(LocalDate.of(summerYear, 4, 1)),
        startOf(LocalDate.of(summerYear, 10, 1)) - 1,
        startOf(LocalDate.of(winterYear, 10, 1)),
        startOf(LocalDate.of(winterYear + 1, 4, 1)) - 1,
        end + 14 * SimWindow.DAY,
        end + 74 * SimWindow.DAY);
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }
}
