package dev.tailor.app.cli;

import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.data.DataCommand;
import dev.tailor.app.demo.DemoCommand;
import dev.tailor.app.generate.GenerateCommand;
import dev.tailor.app.importing.ImportCommand;
import dev.tailor.app.reco.EvaluateCommand;
import dev.tailor.app.reco.RecommendCommand;
import dev.tailor.app.reco.TrainCommand;
import dev.tailor.app.reco.TuneCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tailor} command: global options and the list of subcommands. */
@Command(
    name = "tailor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tailor: one-to-one email personalization, self-hosted.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      DataCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      TuneCommand.class,
      RecommendCommand.class,
      dev.tailor.app.render.PreviewCommand.class,
      dev.tailor.app.render.TemplateCommand.class,
      dev.tailor.app.serve.ServeCommand.class,
      dev.tailor.app.admin.AdminCommand.class,
      dev.tailor.app.campaign.CampaignCommand.class,
      dev.tailor.app.roi.ReportCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
public final class TailorCommand {
  private final CliContext context;

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description =
          "Store JDBC URL (default jdbc:sqlite:./tailor-data/tailor.db; env TAILOR_DB_URL).")
  private String db;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Machine-readable JSON on stdout; progress and logs go to stderr.")
  private boolean json;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "YAML configuration file (default ./tailor.yaml when present; env TAILOR_CONFIG).")
  private Path config;

  public TailorCommand(CliContext context) {
    this.context = context;
  }

  public CliContext context() {
    return context;
  }

  public boolean json() {
    return json;
  }

  /** The configuration from defaults, file, environment and {@code --db}, validated. */
  public TailorConfig config() {
    Optional<Path> file = Optional.ofNullable(config);
    if (file.isEmpty() && context.env().get("TAILOR_CONFIG") != null) {
      file = Optional.of(Path.of(context.env().get("TAILOR_CONFIG")));
    }
    if (file.isEmpty() && Files.isRegularFile(Path.of("tailor.yaml"))) {
      file = Optional.of(Path.of("tailor.yaml"));
    }
    TailorConfig loaded = new ConfigLoader(context.env()).load(file);
    return db == null ? loaded : loaded.withStoreUrl(db);
  }

  public Output output() {
    return new Output(context, json);
  }
}
