/** Writing blocks of output made by several workers, in order and with bounded memory. */
package dev.tailor.app.export;
