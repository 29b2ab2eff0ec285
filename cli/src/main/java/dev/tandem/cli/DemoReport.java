package dev.tandem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.util.List;
import java.util.Objects;

/**
 * What a demo run produced: public facts only (ids, keys, signatures), for the JSON document and
 * the closing summary.
 */
record DemoReport(
    Wallet wallet,
    List<Pair> pairs,
    List<SignedMessage> signatures,
    RefusedAttempt revokedPairSignAttempt) {

  DemoReport {
    Objects.requireNonNull(wallet, "wallet");
    pairs = List.copyOf(pairs);
    signatures = List.copyOf(signatures);
    Objects.requireNonNull(revokedPairSignAttempt, "revokedPairSignAttempt");
  }

  record Wallet(WalletId id, EthereumAddress address, PublicKey publicKey) {}

  /** A signing pair as the custodian lists it at the end, with the device that holds it. */
  record Pair(SigningSharePairId id, String device, PairStatus status) {}

  /**
   * One signature, with what was signed.
   *
   * @param message the UTF-8 text of a {@code personal_sign}, or the typed data of an {@code
   *     eth_signTypedData_v4}, as JSON
   * @param digest the 32-byte digest that was signed
   */
  record SignedMessage(
      SigningSharePairId pair,
      String device,
      String method,
      JsonNode message,
      MessageHash digest,
      Signature signature) {}

  /** A signing attempt that was refused, with the error code it was refused with. */
  record RefusedAttempt(SigningSharePairId pair, String error) {}

  /** The document {@code tandem demo --json} prints. */
  ObjectNode toJson() {
    ObjectNode root = Json.object();
    ObjectNode walletNode = root.putObject("wallet");
    walletNode.put("id", wallet.id().value());
    walletNode.put("address", wallet.address().checksummed());
    walletNode.put("publicKey", wallet.publicKey().toHex());

    ArrayNode pairNodes = root.putArray("pairs");
    for (Pair pair : pairs) {
      pairNodes
          .addObject()
          .put("id", pair.id().value())
          .put("device", pair.device())
          .put("status", pair.status().name());
    }

    ArrayNode signatureNodes = root.putArray("signatures");
    for (SignedMessage signed : signatures) {
      ObjectNode node = signatureNodes.addObject();
      node.put("pair", signed.pair().value());
      node.put("device", signed.device());
      node.put("method", signed.method());
      node.set("message", signed.message().deepCopy());
      node.put("signature", signed.signature().toEthereumHex());
    }

    root.putObject("revokedPairSignAttempt")
        .put("pair", revokedPairSignAttempt.pair().value())
        .put("error", revokedPairSignAttempt.error());
    return root;
  }
}
