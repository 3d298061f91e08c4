package dev.tailor.app.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates commands, handing the {@link CliContext} to those whose constructor takes it. */
final class CommandFactory implements CommandLine.IFactory {
  private final CliContext context;

  CommandFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      Constructor<K> c = cls.getDeclaredConstructor(CliContext.class);
      return c.newInstance(context);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
