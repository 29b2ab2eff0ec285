package dev.tandem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of the {@code tandem} command, with its streams captured. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    return in(TandemCli.commandLine(), args);
  }

  /** A run that sees {@code environment} as its only environment variables. */
  static Run withEnvironment(Map<String, String> environment, String... args) {
    return in(TandemCli.commandLine(new TandemCli(false, environment::get)), args);
  }

  private static Run in(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
