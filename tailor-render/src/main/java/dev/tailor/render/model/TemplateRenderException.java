package dev.tailor.render.model;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** A template failed to compile or render; the message names the template, line and variable. */
public class TemplateRenderException extends TailorException {
  private static final long serialVersionUID = 1L;

  public TemplateRenderException(ErrorCode code, String message) {
    super(code, message);
  }

  public TemplateRenderException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
