package dev.tailor.ingest.mapping;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * A column mapping that cannot be used: bad YAML, an unknown key or target field, a column that is
 * not in the source file's header. The message names the mapping and the key, e.g. {@code mapping
 * uci-online-retail, sources[0].targets[0].fields.price: unknown key 'colum'}.
 */
public class MappingException extends TailorException {
  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(ErrorCode.BAD_INPUT, message);
  }

  public MappingException(String message, Throwable cause) {
    super(ErrorCode.BAD_INPUT, message, cause);
  }

  static MappingException at(String mapping, String key, String problem) {
    return new MappingException("mapping " + mapping + ", " + key + ": " + problem);
  }
}
