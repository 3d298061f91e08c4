package dev.tailor.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.store.Store;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Problem;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /v1/products}: upserts one product, an array, or {@code {"products": [...]}} of up to
 * {@link #MAX_BATCH}; fields as in {@code products.csv} (unknown ones kept as attributes). All
 * items are validated first; one bad item rejects the request and nothing is stored.
 */
public final class ProductRoutes implements RouteGroup {
  /** Most products in one request. */
  public static final int MAX_BATCH = 1_000;

  private final Store store;
  private final RecordReader reader;
  private final RecommendationService recommendations;

  public ProductRoutes(Store store, RecordReader reader, RecommendationService recommendations) {
    this.store = store;
    this.reader = reader;
    this.recommendations = recommendations;
  }

  @Override
  public void register(RouteTable routes) {
    routes.put("/v1/products", Access.PRIVATE_KEY, this::upsert);
  }

  private void upsert(Context ctx) {
    JsonNode body = Bodies.tree(ctx);
    List<JsonNode> items = Bodies.items(body, "products", MAX_BATCH);
    boolean single = !body.isArray() && !body.has("products");
    List<Product> products = new ArrayList<>(items.size());
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        products.add(reader.product(Bodies.fields(items.get(i), List.of())));
      } catch (InvalidField e) {
        if (errors.size() < TrackRoutes.MAX_ERRORS) {
          errors.add(new Problem.FieldError(single ? null : i, e.field(), e.reason()));
        }
      }
    }
    if (!errors.isEmpty()) {
      Problem.FieldError first = errors.get(0);
      throw new ProblemException(
          Problem.of(
                  400,
                  "invalid_product",
                  "Invalid product",
                  (single ? "" : "products[" + first.index() + "].")
                      + first.field()
                      + ": "
                      + first.reason()
                      + "; nothing was stored")
              .withField(first.field())
              .withErrors(errors));
    }
    store.products().upsertAll(products);
    recommendations.catalogChanged();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("upserted", products.size());
    ctx.json(answer);
  }
}
