package dev.tailor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.testkit.memory.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import tells while and after it runs: the rejects file and progress. */
class ImportReportingTest {
  @TempDir Path dir;
  private final InMemoryStore store = new InMemoryStore();
  private final Importer importer = new Importer(store);

  @Test
  void allRejectsGoToTheRejectsFileAndOnlyTheFirstStayInTheReport() throws IOException {
    List<String> lines = new ArrayList<>(List.of("product_id,price"));
    for (int i = 0; i < 30; i++) {
      lines.add("p" + i + ",x" + i);
    }
    new Folder(dir).file("products.csv", lines.toArray(String[]::new));
    Path rejects = dir.resolve("out").resolve("rejects.csv");
    Files.createDirectories(rejects.getParent());
    ImportReport r =
        importer.importDirectory(
            dir,
            ImportOptions.defaults().withRejectsFile(rejects).withMaxRejectsInReport(5),
            ImportListener.NONE);
    assertThat(r.totalRejects()).isEqualTo(30);
    assertThat(r.rejects()).hasSize(5);
    assertThat(r.rejectsFile()).contains(rejects);
    List<String> written = Files.readAllLines(rejects);
    assertThat(written).hasSize(31);
    assertThat(written.get(0)).isEqualTo("file,line,field,reason,raw");
    assertThat(written.get(1)).isEqualTo("products.csv,2,price,not a number: 'x0',\"p0,x0\"");
  }

  @Test
  void progressIsReportedPerBatchAndAtTheEndOfEachFile() {
    List<String> lines = new ArrayList<>(List.of("product_id"));
    for (int i = 0; i < 25; i++) {
      lines.add("p" + i);
    }
    new Folder(dir).file("products.csv", lines.toArray(String[]::new));
    List<ImportProgress> seen = new ArrayList<>();
    List<FileReport> done = new ArrayList<>();
    ImportListener listener =
        new ImportListener() {
          @Override
          public void onProgress(ImportProgress p) {
            seen.add(p);
          }

          @Override
          public void onFileDone(FileReport report) {
            done.add(report);
          }
        };
    importer.importDirectory(dir, ImportOptions.defaults().withBatchSize(10), listener);
    assertThat(seen).extracting(ImportProgress::rows).containsExactly(10L, 20L, 25L);
    ImportProgress last = seen.get(seen.size() - 1);
    assertThat(last.bytesRead()).isEqualTo(last.totalBytes().orElseThrow());
    assertThat(last.percent()).hasValue(100);
    assertThat(done).extracting(FileReport::created).containsExactly(25L);
    assertThat(store.products().count()).isEqualTo(25);
  }
}
