/** {@code tailor preview} and {@code tailor template check}: render and lint email templates. */
package dev.tailor.app.render;
