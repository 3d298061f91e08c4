package dev.tailor.ingest.mapping;

import dev.tailor.ingest.read.Row;
import java.util.List;

/** A test on a source row (its columns) or on the values mapped so far (target fields). */
interface Condition {

  boolean test(Row source, Row mapped);

  /** Says what is tested, e.g. {@code InvoiceNo starts-with 'C'}, for default skip reasons. */
  String describe();

  /** The source columns the condition reads. */
  List<String> columns();
}
