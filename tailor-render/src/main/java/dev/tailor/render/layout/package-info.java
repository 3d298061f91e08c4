/** MJML layouts compiled once per template version to responsive HTML (mjml4j), cached by hash. */
package dev.tailor.render.layout;
