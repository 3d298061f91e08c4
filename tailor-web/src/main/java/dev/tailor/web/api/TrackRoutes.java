package dev.tailor.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.identity.IdentityLink;
import dev.tailor.core.store.Store;
import dev.tailor.web.ops.HttpMetrics;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Problem;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code POST /v1/track}: one event, or {@code {"batch": [...]}} of up to {@link #MAX_BATCH}.
 * Fields as in {@code events.csv} (Segment's names accepted; {@code properties} flattened); a
 * missing {@code timestamp} is the time of receipt. Every item is validated before anything is
 * stored: one bad item rejects the request with every fault listed. Idempotent by {@code event_id}.
 */
public final class TrackRoutes implements RouteGroup {
  /** Most events in one request. */
  public static final int MAX_BATCH = 1_000;

  /** Most field errors listed in one answer. */
  static final int MAX_ERRORS = 100;

  private final Store store;
  private final RecordReader reader;
  private final HttpMetrics metrics;
  private final Clock clock;
  private final Consumer<List<Event>> tracked;

  public TrackRoutes(Store store, RecordReader reader, HttpMetrics metrics, Clock clock) {
    this(store, reader, metrics, clock, events -> {});
  }

  /**
   * @param tracked told of every accepted request's events once they are stored (the real-time
   *     recommendations keep their caches and counters current with it)
   */
  public TrackRoutes(
      Store store,
      RecordReader reader,
      HttpMetrics metrics,
      Clock clock,
      Consumer<List<Event>> tracked) {
    this.store = store;
    this.reader = reader;
    this.metrics = metrics;
    this.clock = clock;
    this.tracked = tracked;
  }

  @Override
  public void register(RouteTable routes) {
    routes.post("/v1/track", Access.PUBLIC_KEY, this::track);
  }

  private void track(Context ctx) {
    JsonNode body = Bodies.tree(ctx);
    List<JsonNode> items = Bodies.items(body, "batch", MAX_BATCH);
    boolean single = !body.isArray() && !body.has("batch");
    List<Event> events = new ArrayList<>(items.size());
    List<Problem.FieldError> errors = new ArrayList<>();
    String now = clock.instant().toString();
    for (int i = 0; i < items.size(); i++) {
      try {
        Map<String, String> fields =
            SegmentNames.normalize(Bodies.fields(items.get(i), List.of("properties")));
        fields.putIfAbsent("timestamp", now);
        events.add(reader.event(fields));
      } catch (InvalidField e) {
        if (errors.size() < MAX_ERRORS) {
          errors.add(new Problem.FieldError(single ? null : i, e.field(), e.reason()));
        }
      }
    }
    if (!errors.isEmpty()) {
      Problem.FieldError first = errors.get(0);
      throw new ProblemException(
          Problem.of(
                  400,
                  "invalid_event",
                  "Invalid event",
                  (single ? "" : "batch[" + first.index() + "].")
                      + first.field()
                      + ": "
                      + first.reason()
                      + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                      + "; nothing was stored")
              .withField(first.field())
              .withErrors(errors));
    }
    List<IdentityLink> links = new ArrayList<>();
    for (Event e : events) {
      if (e.type() == EventType.IDENTIFY) {
        links.add(
            new IdentityLink(
                e.anonymousId().orElseThrow(), e.customerId().orElseThrow(), e.timestamp()));
      }
    }
    if (!links.isEmpty()) {
      store.identities().linkAll(links);
    }
    int stored = store.events().appendAll(events);
    metrics.ingested(stored, events.size() - stored);
    tracked.accept(events);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("received", events.size());
    answer.put("stored", stored);
    answer.put("duplicates", events.size() - stored);
    ctx.json(answer);
  }
}
