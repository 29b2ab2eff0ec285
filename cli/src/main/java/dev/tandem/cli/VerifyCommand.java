package dev.tandem.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.adapter.inmemory.wiring.InMemoryTandemComponent;
import dev.tandem.adapter.inmemory.wiring.InMemoryTandemConfig;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.port.SignatureVerifierPort;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tandem verify}: recovers the signer of a signature from the signed message and compares
 * its address with the expected one, with the embedded component's {@link SignatureVerifierPort}.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks that a signature was made by an address.",
      "",
      "Recovers the signer's public key from the signature (low-s, v = 27 or 28) and the signed"
          + " message, and compares its address with --address.",
      "",
      "Exits with 0 if it matches, 1 if not (or if an input is malformed)."
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--address",
      required = true,
      paramLabel = "0x...",
      description = "The expected signer's address (EIP-55 checked when mixed case).")
  private String address;

  @Option(
      names = "--signature",
      required = true,
      paramLabel = "0x...",
      description = "The 65-byte signature r || s || v, as wallets print it.")
  private String signature;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Signed signed;

  @Option(names = "--json", description = "Print the result as one JSON document.")
  private boolean json;

  /** What was signed: exactly one of the three. */
  static final class Signed {
    @Option(
        names = "--message",
        paramLabel = "TEXT",
        description = "personal_sign: the UTF-8 text that was signed.")
    private String message;

    @Option(
        names = "--typed-data",
        paramLabel = "FILE",
        description = "eth_signTypedData_v4: a file with the EIP-712 typed data JSON.")
    private Path typedData;

    @Option(
        names = "--hash",
        paramLabel = "0x...",
        description = "A 32-byte digest, signed as it is.")
    private String hash;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SignatureVerifierPort verifier =
        InMemoryTandemComponent.create(InMemoryTandemConfig.defaults()).signatureVerifier();
    SignPayload payload;
    EthereumAddress expected;
    Signature parsed;
    try {
      expected = EthereumAddress.parse(address);
      parsed = Signature.fromEthereumHex(signature);
      payload = payload();
    } catch (IOException e) {
      return malformed(out, err, "cannot read the typed data: " + TandemCli.describe(e));
    } catch (IllegalArgumentException | InvalidInputException e) {
      // The domain's parsers throw either: InvalidInputException is a TandemException.
      return malformed(out, err, TandemCli.describe(e));
    }

    MessageHash digest = payload.digest();
    PublicKey recovered;
    try {
      recovered = verifier.recover(digest, parsed);
    } catch (InvalidInputException e) {
      return report(out, false, payload, digest, expected, null);
    }
    EthereumAddress recoveredAddress = recovered.ethereumAddress();
    boolean valid =
        recoveredAddress.equals(expected) && verifier.verifies(recovered, digest, parsed);
    return report(out, valid, payload, digest, expected, recoveredAddress);
  }

  private SignPayload payload() throws IOException {
    if (signed.message != null) {
      return new SignPayload.PersonalText(signed.message);
    }
    if (signed.typedData != null) {
      return new SignPayload.TypedData(Json.readTypedData(signed.typedData).checked());
    }
    return new SignPayload.RawHash(MessageHash.fromHex(signed.hash));
  }

  private int report(
      PrintWriter out,
      boolean valid,
      SignPayload payload,
      MessageHash digest,
      EthereumAddress expected,
      EthereumAddress recovered) {
    if (json) {
      ObjectNode document = Json.object();
      document.put("valid", valid);
      document.put("address", expected.checksummed());
      if (recovered == null) {
        document.putNull("recoveredAddress");
      } else {
        document.put("recoveredAddress", recovered.checksummed());
      }
      document.put("method", payload.method());
      document.put("hash", digest.toHex());
      out.println(Json.pretty(document));
    } else if (valid) {
      out.println("valid: signed by " + expected + " (" + payload.method() + ", digest "
          + digest.toHex() + ")");
    } else if (recovered == null) {
      out.println("invalid: no public key recovers from this signature over this "
          + payload.method() + " message");
    } else {
      out.println("invalid: the signature over this " + payload.method() + " message recovers to "
          + recovered + ", not " + expected);
    }
    out.flush();
    return valid ? 0 : 1;
  }

  private int malformed(PrintWriter out, PrintWriter err, String reason) {
    if (json) {
      ObjectNode document = Json.object();
      document.put("valid", false);
      document.put("error", reason);
      out.println(Json.pretty(document));
      out.flush();
    } else {
      err.println("tandem verify: " + reason);
      err.flush();
    }
    return 1;
  }
}
