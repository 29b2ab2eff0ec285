package dev.tandem.application.port.in;

import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import java.util.Objects;

/**
 * @param signature low-s, with its recovery id: {@code signature.toEthereumHex()} is what wallets
 *     print
 * @param hash the 32-byte digest that was signed
 * @param address the wallet's address, which the signature recovers to
 */
public record SignMessageResult(Signature signature, MessageHash hash, EthereumAddress address) {
  public SignMessageResult {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(address, "address");
  }
}
