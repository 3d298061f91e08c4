package dev.tailor.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The shop of the default config, generated once per test run into a temporary folder and read back
 * with commons-csv, so that the tests check the files exactly as an importer sees them.
 */
final class SampleShop {
  static final SimConfig CONFIG = SimConfig.defaults();
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private static SampleShop instance;

  final Path dir;
  final SimSummary summary;
  final Map<String, CSVRecord> products;
  final Map<String, CSVRecord> customers;
  final Map<String, CSVRecord> tastes;
  final Map<String, CSVRecord> hiddenProducts;
  final List<CSVRecord> events;

  private SampleShop(Path dir) {
    this.dir = dir;
    this.summary = ShopGenerator.generate(CONFIG, dir, ProgressListener.NONE, 2);
    this.products = byId(read(dir.resolve("products.csv")), "product_id");
    this.customers = byId(read(dir.resolve("customers.csv")), "customer_id");
    this.tastes = byId(read(dir.resolve("hidden-tastes.csv")), "customer_id");
    this.hiddenProducts = byId(read(dir.resolve("hidden-products.csv")), "product_id");
    this.events = read(dir.resolve("events.csv"));
  }

  static synchronized SampleShop get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("tailor-sim-sample");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        instance = new SampleShop(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** The first second of the simulated history. */
  Instant start() {
    return CONFIG.end().minusSeconds(CONFIG.days() * 86_400L);
  }

  static List<CSVRecord> read(Path file) {
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> header(Path file) {
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT)) {
      return parser.getHeaderNames();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, CSVRecord> byId(List<CSVRecord> records, String column) {
    Map<String, CSVRecord> out = new LinkedHashMap<>();
    for (CSVRecord r : records) {
      if (out.put(r.get(column), r) != null) {
        throw new IllegalStateException("duplicate " + column + " " + r.get(column));
      }
    }
    return out;
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: a temporary folder
    }
  }
}
