package dev.tandem.adapter.inmemory.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.domain.ethereum.Eip712TypedData;
import dev.tandem.domain.model.MessageHash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every signing payload, checked against independent digests and Bouncy Castle. */
class SigningE2eTest {
  private final EmbeddedTandem tandem = SharedTandem.TANDEM;
  private final CreateWalletResult wallet = SharedTandem.main().wallet();

  private SignMessageResult sign(SignPayload payload) {
    return tandem.signMessage.signMessage(new SignMessageCommand(wallet.share(), payload));
  }

  @Test
  void personalSignOfText_recoversToTheWalletAddress() {
    String text = "Sign in to example.org — nonce 42 ✓";
    SignMessageResult result = sign(new SignPayload.PersonalText(text));
    assertArrayEquals(
        IndependentEthereum.personalDigest(text.getBytes(StandardCharsets.UTF_8)),
        result.hash().bytes());
    IndependentEthereum.assertSignedBy(wallet.publicKey(), result.hash(), result.signature());
  }

  @Test
  void personalSignOfBytes_recoversToTheWalletAddress() {
    byte[] message = {0, (byte) 0xff, 0x19, 0x45, 7};
    SignMessageResult result = sign(new SignPayload.PersonalBytes(message));
    assertArrayEquals(IndependentEthereum.personalDigest(message), result.hash().bytes());
    IndependentEthereum.assertSignedBy(wallet.publicKey(), result.hash(), result.signature());
  }

  @Test
  void signTypedDataV4_signsTheEip712DigestOfTheSpecificationExample() {
    Map<String, Object> typedData =
        Map.of(
            "types",
            Map.of(
                "EIP712Domain",
                List.of(
                    Map.of("name", "name", "type", "string"),
                    Map.of("name", "version", "type", "string"),
                    Map.of("name", "chainId", "type", "uint256"),
                    Map.of("name", "verifyingContract", "type", "address")),
                "Person",
                List.of(
                    Map.of("name", "name", "type", "string"),
                    Map.of("name", "wallet", "type", "address")),
                "Mail",
                List.of(
                    Map.of("name", "from", "type", "Person"),
                    Map.of("name", "to", "type", "Person"),
                    Map.of("name", "contents", "type", "string"))),
            "primaryType",
            "Mail",
            "domain",
            Map.of(
                "name", "Ether Mail",
                "version", "1",
                "chainId", 1,
                "verifyingContract", "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"),
            "message",
            Map.of(
                "from",
                Map.of("name", "Cow", "wallet", "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"),
                "to",
                Map.of("name", "Bob", "wallet", "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"),
                "contents",
                "Hello, Bob!"));
    SignMessageResult result = sign(new SignPayload.TypedData(Eip712TypedData.of(typedData)));
    // The digest EIP-712 itself gives for its Mail example.
    assertEquals(
        "be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2",
        HexFormat.of().formatHex(result.hash().bytes()));
    IndependentEthereum.assertSignedBy(wallet.publicKey(), result.hash(), result.signature());
    assertEquals(
        "eth_signTypedData_v4", new SignPayload.TypedData(Eip712TypedData.of(typedData)).method());
  }

  @Test
  void aRawHash_isSignedAsItIs() {
    byte[] digest = IndependentEthereum.keccak256("any 32 bytes".getBytes(StandardCharsets.UTF_8));
    SignMessageResult result = sign(new SignPayload.RawHash(MessageHash.of(digest)));
    assertArrayEquals(digest, result.hash().bytes());
    IndependentEthereum.assertSignedBy(wallet.publicKey(), result.hash(), result.signature());
  }

  @Test
  void signaturesRunSideBySide() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SignMessageResult>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String text = "parallel " + i;
        results.add(pool.submit(() -> sign(new SignPayload.PersonalText(text))));
      }
      for (Future<SignMessageResult> result : results) {
        SignMessageResult signed = result.get();
        IndependentEthereum.assertSignedBy(wallet.publicKey(), signed.hash(), signed.signature());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
