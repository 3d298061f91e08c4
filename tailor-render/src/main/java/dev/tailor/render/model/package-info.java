/**
 * The render model: what goes in ({@link dev.tailor.render.model.EmailContext} with slots and
 * content blocks, {@link dev.tailor.render.model.RenderConfig}) and what comes out ({@link
 * dev.tailor.render.model.RenderedEmail}). Core records only, so any decision maker can fill it.
 */
package dev.tailor.render.model;
