package dev.tandem.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/** How a user runs this command again, for the hints it prints. */
final class Invocation {
  private Invocation() {}

  /**
   * {@code java -jar <the jar, relative to the working directory when under it>} when running from
   * a jar, otherwise {@code tandem}.
   */
  static String command() {
    CodeSource source = TandemCli.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "tandem";
    }
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (!jar.getFileName().toString().endsWith(".jar")) {
        return "tandem";
      }
      Path workingDirectory = Path.of("").toAbsolutePath();
      Path shown = jar.startsWith(workingDirectory) ? workingDirectory.relativize(jar) : jar;
      return "java -jar " + shown;
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return "tandem";
    }
  }
}
