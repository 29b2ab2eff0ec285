package dev.tandem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.BackupWalletCommand;
import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairResult;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.ethereum.Eip191;
import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.SignatureVerifierPort;
import dev.tandem.wiring.EmbeddedServices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The demo's story, on one embedded deployment ({@link EmbeddedServices}, which the in-memory, AWS
 * and GCP embedded components all extend): one wallet, two devices. Every step checks that it
 * behaved as the story says and throws {@link DemoFailure} otherwise.
 *
 * <ol>
 *   <li>create a wallet on device A;
 *   <li>sign on A ({@code personal_sign} and {@code eth_signTypedData_v4});
 *   <li>back it up: the client backup share comes back encrypted, its key goes to key storage;
 *   <li>provision device B from that ciphertext, reporting the provisioning statuses live;
 *   <li>sign on A and on B;
 *   <li>verify every signature with the deployment's {@link SignatureVerifierPort}, which shares no
 *       code with the signing path: ECDSA verification and recovery to the wallet's address;
 *   <li>revoke A's pair at the custodian;
 *   <li>A tries to sign and is refused with {@code PAIR_REVOKED};
 *   <li>B still signs, and that signature verifies too.
 * </ol>
 */
final class Demo {
  static final int STEPS = 9;

  private static final String MAIL_RESOURCE = "eip712-mail.json";
  private static final String MAIL_DESCRIPTION = "EIP-712 \"Ether Mail\": Cow -> Bob, \"Hello, Bob!\"";

  private final EmbeddedServices tandem;
  private final SignatureVerifierPort verifier;
  private final Narrator narrator;
  private final Json.TypedData mail;

  private int step;
  private String stepTitle = "";

  Demo(EmbeddedServices tandem, Narrator narrator) {
    this.tandem = Objects.requireNonNull(tandem, "tandem");
    this.verifier = tandem.signatureVerifier();
    this.narrator = Objects.requireNonNull(narrator, "narrator");
    this.mail = Json.typedDataResource(MAIL_RESOURCE);
  }

  /** Where the run is, for a failure message: {@code step 4/9 (Provision device B ...)}. */
  String position() {
    return step == 0 ? "the start" : "step " + step + "/" + STEPS + " (" + stepTitle + ")";
  }

  /** Runs every step; the devices' shares are wiped at the end, whatever happens. */
  DemoReport run() {
    List<Device> devices = new ArrayList<>();
    try {
      return run(devices);
    } finally {
      devices.forEach(Device::forget);
    }
  }

  private DemoReport run(List<Device> devices) {
    step(1, "Create a wallet on device A (distributed key generation with the custodian)");
    long started = System.nanoTime();
    CreateWalletResult created =
        tandem
            .createWallet()
            .createWallet(
                CreateWalletCommand.of(IdempotencyKey.random(), label("A")), SigningShareSink.NONE);
    Device a = new Device("A", created.share());
    devices.add(a);
    DemoReport.Wallet wallet =
        new DemoReport.Wallet(created.walletId(), created.address(), created.publicKey());
    line("wallet      " + wallet.id());
    line("address     " + wallet.address());
    line("public key  " + wallet.publicKey().toHex());
    line("pair A      " + a.pairId() + "  (" + secondsSince(started) + ")");
    line("neither party ever held the private key");

    step(2, "Sign on device A");
    List<DemoReport.SignedMessage> signatures = new ArrayList<>();
    signatures.add(signText(a, "Hello from device A"));
    signatures.add(signMail(a));

    step(3, "Back up the wallet (a refresh into a backup pair; the client half is encrypted)");
    started = System.nanoTime();
    ProgressRecorder backupProgress = new ProgressRecorder();
    BackupWalletResult backedUp =
        tandem
            .backupWallet()
            .backupWallet(new BackupWalletCommand(IdempotencyKey.random(), a.share()), backupProgress);
    backupProgress.expectDone("the backup");
    // The caller keeps the ciphertext, typically as text in its own API: pass it on as base64.
    String ciphertext = backedUp.backup().toBase64();
    line("backup pair " + backedUp.backup().backupPairId() + "  (" + secondsSince(started) + ")");
    line("ciphertext  " + backedUp.backup().toByteArray().length
        + " bytes, AES-256-GCM, kept by the caller");
    line("key         " + backedUp.backup().keyId() + " in the user's key storage");

    step(4, "Provision device B from the backup ciphertext");
    started = System.nanoTime();
    ProgressRecorder provisioning = new ProgressRecorder();
    ProvisionWalletResult provisioned =
        tandem
            .provisionWallet()
            .provisionWallet(
                new ProvisionWalletCommand(
                    IdempotencyKey.random(),
                    wallet.id(),
                    EncryptedClientBackup.fromBase64(ciphertext),
                    label("B")),
                SigningShareSink.NONE,
                provisioning);
    Device b = new Device("B", provisioned.share());
    devices.add(b);
    provisioning.expectDone("provisioning");
    provisioning.expectInOrder(
        "provisioning",
        ProvisioningStatus.READING_SHARE,
        ProvisioningStatus.DECRYPTING_SHARE,
        ProvisioningStatus.PARSING_SHARE,
        ProvisioningStatus.GENERATING_SHARE,
        ProvisioningStatus.STORING_SHARE);
    expect(
        provisioned.publicKey().equals(wallet.publicKey()),
        "device B's pair is for another public key than the wallet's");
    expect(!b.pairId().equals(a.pairId()), "device B got device A's pair");
    line("pair B      " + b.pairId() + "  (" + secondsSince(started) + ")");
    line("same wallet, same address " + provisioned.address() + "; pair A still signs");

    step(5, "Sign on device A and on device B");
    signatures.add(signText(a, "Device A still signs after device B joined"));
    signatures.add(signText(b, "Hello from device B"));
    signatures.add(signMail(b));

    step(6, "Verify every signature independently (Bouncy Castle: ECDSA + key recovery)");
    for (DemoReport.SignedMessage signed : signatures) {
      verifyIndependently(wallet, signed);
    }

    step(7, "Revoke device A's pair (the custodian destroys its half)");
    Map<SigningSharePairId, PairStatus> before = pairStatuses(wallet);
    expect(
        before.equals(Map.of(a.pairId(), PairStatus.COMPLETED, b.pairId(), PairStatus.COMPLETED)),
        "before revocation the custodian lists " + before + ", not pairs A and B COMPLETED");
    RevokeSigningSharePairResult revoked =
        tandem
            .revokeSigningSharePair()
            .revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet.id(), a.pairId()));
    expect(
        revoked.previousStatus() == PairStatus.COMPLETED && revoked.status() == PairStatus.REVOKED,
        "revoking pair A went from " + revoked.previousStatus() + " to " + revoked.status()
            + ", not from COMPLETED to REVOKED");
    line("pair A      " + revoked.previousStatus() + " -> " + revoked.status());

    step(8, "Device A tries to sign");
    DemoReport.RefusedAttempt refused = attemptWithRevokedPair(a);

    step(9, "Device B still signs");
    DemoReport.SignedMessage afterRevocation = signText(b, "Device B signs after device A was revoked");
    verifyIndependently(wallet, afterRevocation);
    signatures.add(afterRevocation);
    List<DemoReport.Pair> pairs = finalPairs(wallet, a, b);

    return new DemoReport(wallet, pairs, signatures, refused);
  }

  private DemoReport.SignedMessage signText(Device device, String text) {
    MessageHash digest = MessageHash.of(Eip191.personalMessageDigest(text));
    return sign(
        device, new SignPayload.PersonalText(text), digest, TextNode.valueOf(text), quoted(text));
  }

  private DemoReport.SignedMessage signMail(Device device) {
    MessageHash digest = MessageHash.of(mail.checked().digest());
    return sign(
        device, new SignPayload.TypedData(mail.checked()), digest, mail.json(), MAIL_DESCRIPTION);
  }

  /**
   * Signs {@code payload} on {@code device}, and checks that what was signed is {@code digest}, the
   * digest computed here from the message itself.
   */
  private DemoReport.SignedMessage sign(
      Device device, SignPayload payload, MessageHash digest, JsonNode message, String what) {
    long started = System.nanoTime();
    SignMessageResult result =
        tandem.signMessage().signMessage(new SignMessageCommand(device.share(), payload));
    expect(
        result.hash().equals(digest),
        device.name() + "'s " + payload.method() + " signature is over another digest than its"
            + " message's");
    line(device.name() + "  " + pad(payload.method(), 20) + " " + what + "  ("
        + secondsSince(started) + ")");
    line("   " + result.signature().toEthereumHex());
    return new DemoReport.SignedMessage(
        device.pairId(), device.name(), payload.method(), message, digest, result.signature());
  }

  /**
   * Checks a signature as a relying party would, from its printed form: it verifies under the
   * wallet's public key, and recovers to the wallet's address.
   */
  private void verifyIndependently(DemoReport.Wallet wallet, DemoReport.SignedMessage signed) {
    String which = signed.device() + "'s " + signed.method() + " signature";
    Signature printed = Signature.fromEthereumHex(signed.signature().toEthereumHex());
    expect(
        verifier.verifies(wallet.publicKey(), signed.digest(), printed),
        which + " does not verify under the wallet's public key");
    PublicKey recovered;
    try {
      recovered = verifier.recover(signed.digest(), printed);
    } catch (InvalidInputException e) {
      throw new DemoFailure(which + " recovers to no public key: " + e.getMessage());
    }
    EthereumAddress address = recovered.ethereumAddress();
    expect(
        address.equals(wallet.address()),
        which + " recovers to " + address + ", not to the wallet's " + wallet.address());
    line("ok  " + signed.device() + "  " + pad(signed.method(), 20) + " recovers to " + address);
  }

  private DemoReport.RefusedAttempt attemptWithRevokedPair(Device device) {
    SignPayload payload = new SignPayload.PersonalText("Device A after its pair was revoked");
    try {
      tandem.signMessage().signMessage(new SignMessageCommand(device.share(), payload));
    } catch (TandemException e) {
      expect(
          e.code() == ErrorCode.PAIR_REVOKED,
          "device A was refused with " + e.code() + " instead of PAIR_REVOKED: " + e.getMessage());
      line(device.name() + "  refused: " + e.getMessage());
      return new DemoReport.RefusedAttempt(device.pairId(), e.code().name());
    }
    throw new DemoFailure("device A signed although its pair was revoked");
  }

  private List<DemoReport.Pair> finalPairs(DemoReport.Wallet wallet, Device a, Device b) {
    List<DemoReport.Pair> pairs = new ArrayList<>();
    for (SigningSharePairSummary summary : listPairs(wallet)) {
      Device device =
          summary.pairId().equals(a.pairId()) ? a : summary.pairId().equals(b.pairId()) ? b : null;
      if (device == null) {
        throw new DemoFailure("the custodian lists a pair no device holds: " + summary.pairId());
      }
      expect(
          device.label().equals(summary.deviceLabel()),
          "pair " + summary.pairId() + " is labelled " + summary.deviceLabel() + ", not "
              + device.label());
      pairs.add(new DemoReport.Pair(summary.pairId(), device.name(), summary.status()));
      line("pair " + device.name() + "      " + pad(summary.status().name(), 10) + " "
          + summary.pairId());
    }
    expect(
        pairs.size() == 2
            && pairs.get(0).device().equals("A")
            && pairs.get(0).status() == PairStatus.REVOKED
            && pairs.get(1).device().equals("B")
            && pairs.get(1).status() == PairStatus.COMPLETED,
        "the custodian lists " + pairs + ", not pair A REVOKED and pair B COMPLETED");
    return pairs;
  }

  private Map<SigningSharePairId, PairStatus> pairStatuses(DemoReport.Wallet wallet) {
    Map<SigningSharePairId, PairStatus> statuses = new LinkedHashMap<>();
    for (SigningSharePairSummary summary : listPairs(wallet)) {
      statuses.put(summary.pairId(), summary.status());
    }
    return statuses;
  }

  private List<SigningSharePairSummary> listPairs(DemoReport.Wallet wallet) {
    return tandem
        .listSigningSharePairs()
        .listSigningSharePairs(new ListSigningSharePairsCommand(wallet.id()))
        .pairs();
  }

  private void step(int number, String title) {
    step = number;
    stepTitle = title;
    narrator.step(number, STEPS, title);
  }

  private void line(String text) {
    narrator.line(text);
  }

  private static void expect(boolean condition, String otherwise) {
    if (!condition) {
      throw new DemoFailure(otherwise);
    }
  }

  private static String label(String device) {
    return "device " + device;
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String secondsSince(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  /** Forwards a long operation's statuses to the narrator as they come, and remembers them. */
  private final class ProgressRecorder implements ProgressListener {
    private final List<ProvisioningStatus> statuses = new ArrayList<>();
    private final List<Boolean> dones = new ArrayList<>();

    @Override
    public synchronized void onProgress(ProvisioningStatus status, boolean done) {
      statuses.add(status);
      dones.add(done);
      narrator.status(status, done);
    }

    /** The operation ended with {@code (DONE, true)}, and reported done only then. */
    synchronized void expectDone(String operation) {
      int last = statuses.size() - 1;
      expect(
          last >= 0 && statuses.get(last) == ProvisioningStatus.DONE && dones.get(last),
          operation + " did not end with DONE; it reported " + statuses);
      expect(
          dones.indexOf(Boolean.TRUE) == last,
          operation + " reported done before its end: " + statuses);
    }

    /** Each of {@code expected} was reported, in this order (other statuses may come between). */
    synchronized void expectInOrder(String operation, ProvisioningStatus... expected) {
      int next = 0;
      for (ProvisioningStatus status : statuses) {
        if (next < expected.length && status == expected[next]) {
          next++;
        }
      }
      expect(
          next == expected.length,
          operation + " reported " + statuses + ", not " + List.of(expected) + " in order");
    }
  }
}
