package dev.tailor.render.model;

import java.util.Objects;

/**
 * An editorial block: an article, an offer, a hero banner.
 *
 * @param name the block's name as templates use it ({@code blocks.<name>})
 * @param title heading
 * @param body plain text (escaped when rendered)
 * @param url where the block links to; may be empty
 * @param imageUrl an image; may be empty
 * @param cta the button text; may be empty
 */
public record ContentBlock(
    String name, String title, String body, String url, String imageUrl, String cta) {
  public ContentBlock {
    Objects.requireNonNull(name, "name");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    url = url == null ? "" : url;
    imageUrl = imageUrl == null ? "" : imageUrl;
    cta = cta == null ? "" : cta;
  }
}
