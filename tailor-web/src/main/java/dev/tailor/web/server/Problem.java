package dev.tailor.web.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A problem detail (RFC 9457), served as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem ({@code urn:tailor:problem:CODE})
 * @param title a short, fixed summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time, naming the field when there is one
 * @param code a stable machine-readable code, e.g. {@code invalid_field}
 * @param field the field at fault, when one is
 * @param errors every field at fault in a batch, with the position of the item
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    String field,
    List<FieldError> errors) {

  /** The content type of problem documents. */
  public static final String CONTENT_TYPE = "application/problem+json";

  /**
   * One field of one item that cannot be used.
   *
   * @param index the item's position in the batch (from 0), or null for a single item
   * @param field the field
   * @param reason what is wrong
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(Integer index, String field, String reason) {}

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem("urn:tailor:problem:" + code, title, status, detail, code, null, null);
  }

  public Problem withField(String name) {
    return new Problem(type, title, status, detail, code, name, errors);
  }

  public Problem withErrors(List<FieldError> list) {
    return new Problem(type, title, status, detail, code, field, List.copyOf(list));
  }
}
