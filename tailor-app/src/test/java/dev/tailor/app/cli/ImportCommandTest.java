package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("t.db");
  }

  private Path shop() throws IOException {
    Path shop = Files.createDirectories(dir.resolve("shop"));
    Files.writeString(
        shop.resolve("products.csv"),
        "product_id,title,price,currency,inventory\np1,Linen Dress,59.90,EUR,12\np2,Wool Coat,199,EUR,0\n");
    Files.writeString(
        shop.resolve("customers.csv"),
        "customer_id,email,consent,loyalty\nc1,c1@example.com,subscribed,gold\nc2,c2@example.com,never,\n");
    Files.writeString(
        shop.resolve("events.csv"),
        "timestamp,event,customer_id,anonymous_id,product_id,quantity,price,order_id,event_id\n"
            + "2026-11-01T10:00:00Z,product_viewed,c1,,p1,,,,e1\n"
            + "not-a-date,product_viewed,c1,,p1,,,,e2\n"
            + "2026-11-01T10:05:00Z,Order Completed,c1,,p1,1,59.90,o1,e3\n"
            + "2026-11-01T10:06:00Z,page_viewed,c1,,p1,,,,e4\n"
            + "2026-11-02T09:00:00Z,product_viewed,,a9,p2,,,,e5\n"
            + "2026-11-02T09:10:00Z,identify,c2,a9,,,,,e6\n");
    return shop;
  }

  @Test
  void importsTheGoodRowsReportsEachRejectAndExitsWithTwo() throws IOException {
    Path rejects = dir.resolve("rejects.csv");

    CliRun run =
        CliRun.of(
            "import", "--db", db(), "--dir", shop().toString(), "--rejects", rejects.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("events.csv").contains("anonymous ids linked");
    assertThat(run.err())
        .contains("2 rows rejected")
        .contains("events.csv:3 timestamp:")
        .contains("events.csv:5 event:")
        .contains("all rejected rows are in " + rejects);
    assertThat(Files.readAllLines(rejects))
        .hasSize(3)
        .first()
        .isEqualTo("file,line,field,reason,raw");

    CliRun check = CliRun.of("data", "check", "--json", "--db", db());
    JsonNode r = parse(check.out());
    assertThat(r.get("events").asLong()).isEqualTo(4);
    assertThat(r.get("customers").asLong()).isEqualTo(2);
    assertThat(r.get("identities").asLong()).isEqualTo(1);
    assertThat(r.get("catalog").get("out_of_stock").asLong()).isEqualTo(1);
  }

  @Test
  void importingTheSameFolderTwiceStoresNothingNewTheSecondTime() throws IOException {
    Path shop = shop();
    Path rejects = dir.resolve("r.csv");
    CliRun.of("import", "--db", db(), "--dir", shop.toString(), "--rejects", rejects.toString());

    CliRun again =
        CliRun.of(
            "import",
            "--json",
            "--db",
            db(),
            "--dir",
            shop.toString(),
            "--rejects",
            rejects.toString());

    JsonNode r = parse(again.out());
    long created = 0;
    for (JsonNode f : r.get("files")) {
      created += f.get("created").asLong();
    }
    assertThat(created).isZero();
    assertThat(r.get("files").get(2).get("duplicates").asLong()).isEqualTo(4);
  }

  @Test
  void aCleanImportExitsWithZeroAndLeavesNoRejectsFile() throws IOException {
    Path shop = shop();
    Files.writeString(
        shop.resolve("events.csv"),
        "timestamp,event,customer_id,product_id\n2026-11-01T10:00:00Z,product_viewed,c1,p1\n");
    Path cwdRejects = Path.of("tailor-data", "rejects");
    long before = countFiles(cwdRejects);

    CliRun run = CliRun.of("import", "--db", db(), "--dir", shop.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("rejected");
    assertThat(countFiles(cwdRejects)).isEqualTo(before);
  }

  @Test
  void aMissingFolderIsBadInput() {
    CliRun run = CliRun.of("import", "--db", db(), "--dir", dir.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains("nope");
  }

  private static long countFiles(Path d) throws IOException {
    if (!Files.isDirectory(d)) {
      return 0;
    }
    try (var s = Files.list(d)) {
      return s.count();
    }
  }

  private static JsonNode parse(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }
}
