package dev.tandem.cli;

import dev.tandem.domain.error.TandemException;
import dev.tandem.wiring.EmbeddedServices;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tandem demo}: the whole life of a wallet on two devices, the client and the custodian in
 * this process, their records in memory (the default) or in the AWS or GCP deployment's storage.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the life of a wallet on two devices, embedded in this process.",
      "",
      "The client and the custodian run here: create a wallet on device A, sign, back up,"
          + " provision device B from the backup ciphertext, sign on both, verify every"
          + " signature independently, revoke A, and show that A is refused while B still signs.",
      "",
      "With --backend inmemory (the default) every record stays in memory and no cloud account"
          + " is needed. With aws, the records and backup keys go to an S3 bucket under a KMS key"
          + " (credentials from the AWS SDK's default chain); with gcp, to a Cloud Storage bucket"
          + " under a key-encryption key (Application Default Credentials, or none with"
          + " --gcp-host). Each setting comes from its option or else its environment variable.",
      "",
      "Exits with 0 only if every step behaved as stated, 2 if a setting is missing or invalid."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private TandemCli parent;

  @Option(
      names = "--json",
      description =
          "Print exactly one JSON document (wallet, pairs, signatures, the refused attempt) on"
              + " standard output; the narration and progress go to standard error.")
  private boolean json;

  @Option(
      names = "--backend",
      paramLabel = "BACKEND",
      defaultValue = "inmemory",
      converter = BackendConverter.class,
      description = "Where the records live: inmemory (default), aws or gcp.")
  private Backend backend;

  @Mixin private BackendOptions backendOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter narration = json ? err : out;
    EmbeddedServices services;
    try {
      services = backendOptions.open(backend, parent.environment());
    } catch (BackendOptions.InvalidSettingsException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ConsoleNarrator narrator = new ConsoleNarrator(narration, err, parent.terminal());
    long started = System.nanoTime();
    Demo demo = null;
    DemoReport report;
    try {
      narration.println(
          "Tandem demo: one wallet, two devices; the client and the custodian run in this process,"
              + " their records " + backend.where() + ".");
      narration.flush();
      demo = new Demo(services, narrator);
      report = demo.run();
    } catch (DemoFailure | TandemException e) {
      return failed(narrator, err, demo, e.getMessage());
    } catch (RuntimeException e) {
      return failed(
          narrator, err, demo, e.getClass().getSimpleName() + ": " + TandemCli.describe(e));
    } finally {
      narrator.close();
    }
    summarise(narration, report, (System.nanoTime() - started) / 1e9);
    if (json) {
      out.println(Json.pretty(report.toJson()));
      out.flush();
    }
    return 0;
  }

  private static int failed(Narrator narrator, PrintWriter err, Demo demo, String message) {
    narrator.close();
    err.println();
    err.println(
        "tandem demo failed at " + (demo == null ? "the start" : demo.position()) + ": " + message);
    err.flush();
    return 1;
  }

  private static void summarise(PrintWriter narration, DemoReport report, double seconds) {
    DemoReport.SignedMessage first = report.signatures().get(0);
    narration.println();
    narration.println(
        String.format(
            Locale.ROOT,
            "Done in %.1f s: %d signatures from devices A and B, each verified and recovered to %s;",
            seconds,
            report.signatures().size(),
            report.wallet().address()));
    narration.println(
        "device A's pair is revoked and refused ("
            + report.revokedPairSignAttempt().error()
            + "), device B's still signs.");
    narration.println();
    narration.println("Check a signature yourself:");
    narration.println(
        "  "
            + Invocation.command()
            + " verify --address "
            + report.wallet().address()
            + " --message '"
            + first.message().asText()
            + "' --signature "
            + first.signature().toEthereumHex());
    narration.flush();
  }

  /** {@code --backend}: {@code inmemory}, {@code aws} or {@code gcp}, in any case. */
  static final class BackendConverter implements CommandLine.ITypeConverter<Backend> {
    @Override
    public Backend convert(String value) {
      for (Backend candidate : Backend.values()) {
        if (candidate.toString().equalsIgnoreCase(value.strip())) {
          return candidate;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of inmemory, aws, gcp");
    }
  }
}
