package dev.tailor.ingest.mapping;

import java.util.List;

/**
 * A column mapping: how the files of a foreign export become interchange rows. Load one with {@link
 * Mappings#resolve(String)}.
 *
 * @param name the shipped name ({@code uci-online-retail}) or the file name it was read from
 * @param description what the mapping is for
 * @param sources the files it reads, in import order
 */
public record Mapping(String name, String description, List<SourceMapping> sources) {
  public Mapping {
    sources = List.copyOf(sources);
  }
}
