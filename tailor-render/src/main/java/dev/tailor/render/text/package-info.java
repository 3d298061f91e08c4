/** The plain-text part, generated from the HTML part with jsoup, keeping every link. */
package dev.tailor.render.text;
