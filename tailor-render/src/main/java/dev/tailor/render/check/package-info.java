/** {@code tailor template check}: lint rules with line numbers. */
package dev.tailor.render.check;
