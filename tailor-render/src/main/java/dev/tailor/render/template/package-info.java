/** Template files: front matter (subject variants, preheader) and the MJML layout. */
package dev.tailor.render.template;
