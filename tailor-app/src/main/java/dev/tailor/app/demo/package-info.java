/** {@code tailor demo}: the main job on embedded defaults. */
package dev.tailor.app.demo;
