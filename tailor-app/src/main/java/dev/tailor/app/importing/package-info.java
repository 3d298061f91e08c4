/** {@code tailor import}: interchange files and mapped exports into the store. */
package dev.tailor.app.importing;
