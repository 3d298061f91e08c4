/**
 * Email rendering: {@link dev.tailor.render.EmailRenderer} turns a template and one recipient's
 * {@link dev.tailor.render.model.EmailContext} into a {@link
 * dev.tailor.render.model.RenderedEmail}. Feature packages: {@code template} (files), {@code
 * layout} (MJML), {@code liquid}, {@code links}, {@code headers}, {@code text}, {@code gallery},
 * {@code check}.
 */
package dev.tailor.render;
