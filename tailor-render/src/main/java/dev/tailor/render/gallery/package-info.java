/** The starter gallery: ready-made templates shipped with the module. */
package dev.tailor.render.gallery;
