package dev.tailor.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = TailorCommand.class.getPackage().getImplementationVersion();
    return new String[] {"tailor " + (v == null ? "development build" : v)};
  }
}
