package dev.tailor.ingest;

/**
 * Hears how an import proceeds, e.g. to draw a progress bar. Called on the importing thread, after
 * every batch and at the end of each file; keep it quick.
 */
@FunctionalInterface
public interface ImportListener {
  /** A listener that does nothing. */
  ImportListener NONE = progress -> {};

  void onProgress(ImportProgress progress);

  /** Called once per file and target when the file is done. */
  default void onFileDone(FileReport report) {}
}
