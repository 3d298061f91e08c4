package dev.tailor.app.serve;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.ingest.interchange.CustomerParser;
import dev.tailor.ingest.interchange.EventParser;
import dev.tailor.ingest.interchange.FieldException;
import dev.tailor.ingest.interchange.ProductParser;
import dev.tailor.ingest.interchange.RecordParser;
import dev.tailor.ingest.read.Row;
import dev.tailor.ingest.read.RowDefect;
import dev.tailor.web.api.InvalidField;
import dev.tailor.web.api.RecordReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates submitted JSON objects with the import's own parsers, so the API and {@code tailor
 * import} accept and reject exactly the same rows (and give events without {@code event_id} the
 * same hash id). Parsers keep per-use state, so each call makes its own.
 */
public final class IngestRecordReader implements RecordReader {

  @Override
  public Event event(Map<String, String> fields) {
    return parse(new EventParser(), fields);
  }

  @Override
  public Customer customer(Map<String, String> fields) {
    return parse(new CustomerParser(), fields);
  }

  @Override
  public Product product(Map<String, String> fields) {
    return parse(new ProductParser(), fields);
  }

  private static <T> T parse(RecordParser<T> parser, Map<String, String> fields) {
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (f.getKey().length() > 100) {
        throw new InvalidField(f.getKey().substring(0, 40) + "...", "field name too long");
      }
      if (f.getValue().length() > 10_000) {
        throw new InvalidField(f.getKey(), "longer than 10000 characters");
      }
    }
    try {
      return parser.parse(new MapRow(fields));
    } catch (FieldException e) {
      throw new InvalidField(e.field(), e.reason());
    }
  }

  /** One JSON object seen as an interchange row. */
  private record MapRow(Map<String, String> fields) implements Row {
    @Override
    public long line() {
      return 1;
    }

    @Override
    public String get(String name) {
      String v = fields.get(name);
      return v == null ? "" : v;
    }

    @Override
    public List<String> names() {
      return List.copyOf(fields.keySet());
    }

    @Override
    public String raw() {
      return fields.toString();
    }

    @Override
    public Optional<RowDefect> defect() {
      return Optional.empty();
    }
  }
}
