/** The composition root: wiring by hand, no container. */
package dev.tailor.app.wiring;
