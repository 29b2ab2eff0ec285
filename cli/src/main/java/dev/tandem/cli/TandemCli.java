package dev.tandem.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tandem} command. {@code java -jar cli/target/tandem.jar demo} runs the whole life of a
 * wallet on two devices in this process; {@code verify} checks a signature against an address.
 *
 * <p>Results go to standard output (human-readable, or one JSON document with {@code --json});
 * progress and errors go to standard error. Exit codes: 0 success, 1 a failed check or a failed
 * run, 2 a usage error.
 */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = TandemCli.Version.class,
    description = "2-of-2 MPC (threshold ECDSA) wallets across devices.",
    subcommands = {DemoCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
public final class TandemCli implements Runnable {
  private final boolean terminal;
  private final UnaryOperator<String> environment;

  @Spec private CommandSpec spec;

  /** For a caller that is not a terminal (tests, scripts): progress is written as plain lines. */
  public TandemCli() {
    this(false, System::getenv);
  }

  /**
   * @param terminal whether standard error is an interactive terminal
   * @param environment the environment variables the commands read their settings from
   */
  TandemCli(boolean terminal, UnaryOperator<String> environment) {
    this.terminal = terminal;
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  public static void main(String[] args) {
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    System.exit(commandLine(new TandemCli(terminal, System::getenv)).execute(args));
  }

  /**
   * The command line over {@code cli}: unexpected exceptions print their message on standard
   * error and exit with 1, without a stack trace.
   */
  static CommandLine commandLine(TandemCli cli) {
    CommandLine commandLine = new CommandLine(cli);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          PrintWriter err = failed.getErr();
          err.println("tandem: " + describe(exception));
          err.flush();
          return 1;
        });
    return commandLine;
  }

  /** The command line of a new {@code TandemCli} that is not on a terminal. */
  public static CommandLine commandLine() {
    return commandLine(new TandemCli());
  }

  /** Whether standard error is an interactive terminal (a progress bar may redraw in place). */
  boolean terminal() {
    return terminal;
  }

  /** The environment variables the commands read their settings from. */
  UnaryOperator<String> environment() {
    return environment;
  }

  /** {@code tandem} alone is a usage error: it names the missing command and prints the usage. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required command");
  }

  static String describe(Throwable exception) {
    String message = exception.getMessage();
    return message == null || message.isBlank()
        ? exception.getClass().getSimpleName()
        : message;
  }

  /** The version of the jar this runs from. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TandemCli.class.getPackage().getImplementationVersion();
      return new String[] {"tandem " + (version == null ? "(built from source)" : version)};
    }
  }
}
