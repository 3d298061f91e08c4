/**
 * Column mappings: a declarative YAML file that says how the rows of a foreign export become
 * interchange rows (fields from columns, constants and templates; transforms; rules that skip rows
 * or override fields). Read with {@link dev.tailor.ingest.mapping.Mappings#resolve(String)}; the
 * schema is documented in the module README and in the shipped mappings under {@code
 * dev/tailor/ingest/mappings/}.
 */
package dev.tailor.ingest.mapping;
