package dev.tailor.app.importing;

import dev.tailor.app.cli.Output;
import dev.tailor.ingest.FileReport;
import dev.tailor.ingest.ImportReport;
import dev.tailor.ingest.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An import report as text for people. */
final class ImportText {
  private ImportText() {}

  static void print(ImportReport r, Output out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of("file", "into", "rows", "new", "updated", "duplicates", "skipped", "rejected"));
    for (FileReport f : r.files()) {
      rows.add(
          List.of(
              f.file(),
              f.target().name().toLowerCase(Locale.ROOT),
              n(f.rows()),
              n(f.created()),
              n(f.updated()),
              n(f.duplicates()),
              n(f.skipped()),
              n(f.rejected())));
    }
    out.printTable(rows);
    for (FileReport f : r.files()) {
      for (Map.Entry<String, Long> e : f.skipReasons().entrySet()) {
        out.line("  skipped in " + f.file() + ": " + n(e.getValue()) + " rows, " + e.getKey());
      }
      if (f.identityLinks() > 0) {
        out.line(
            "  " + f.file() + ": " + n(f.identityLinks()) + " anonymous ids linked to customers");
      }
      if (!f.ignoredColumns().isEmpty()) {
        out.line("  " + f.file() + ": ignored unknown columns " + f.ignoredColumns());
      }
    }
    if (!r.ignoredFiles().isEmpty()) {
      out.line("  ignored files: " + String.join(", ", r.ignoredFiles()));
    }
    double seconds = r.elapsed().toMillis() / 1000.0;
    out.line(String.format(Locale.ROOT, "  %s new records in %.1f s", n(r.created()), seconds));
    if (r.hasRejects()) {
      out.note(n(r.totalRejects()) + " rows rejected; the first ones:");
      for (Reject reject : r.rejects()) {
        out.note("  " + reject.describe());
      }
      r.rejectsFile().ifPresent(f -> out.note("all rejected rows are in " + f));
    }
  }

  static ImportReport withoutRejectsFile(ImportReport r) {
    return new ImportReport(
        r.files(), r.ignoredFiles(), r.rejects(), r.totalRejects(), Optional.empty(), r.elapsed());
  }

  static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
