package dev.tandem.application.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.ethereum.Eip191;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandsTest {
  private static final PublicKey G =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));
  private static final IdempotencyKey KEY = IdempotencyKey.of("k");
  private static final String MATERIAL = "SECRET-MATERIAL";

  private static ClientSigningShare share() {
    return new ClientSigningShare(
        WalletId.of("w"),
        SigningSharePairId.of("p"),
        G,
        SecretBytes.copyOf(MATERIAL.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void missingArguments_areInvalidInput() {
    assertThrows(
        InvalidInputException.class, () -> new CreateWalletCommand(null, WalletId.of("w"), null));
    assertThrows(InvalidInputException.class, () -> new CreateWalletCommand(KEY, null, null));
    assertThrows(InvalidInputException.class, () -> new BackupWalletCommand(KEY, null));
    assertThrows(InvalidInputException.class, () -> new SignMessageCommand(share(), null));
    assertThrows(InvalidInputException.class, () -> new ListSigningSharePairsCommand(null));
    assertThrows(
        InvalidInputException.class,
        () -> new RevokeSigningSharePairCommand(WalletId.of("w"), null));
    assertThrows(
        InvalidInputException.class,
        () -> new ProvisionWalletCommand(KEY, WalletId.of("w"), null, null));
  }

  @Test
  void deviceLabels_areOptionalPrintableAndShort() {
    assertEquals("Alice's phone", CreateWalletCommand.of(KEY, "Alice's phone").deviceLabel());
    assertEquals(null, CreateWalletCommand.of(KEY, null).deviceLabel());
    for (String bad : new String[] {"", "   ", "a\nb", "x".repeat(65)}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> CreateWalletCommand.of(KEY, bad));
      assertTrue(e.getMessage().contains("deviceLabel"));
    }
  }

  @Test
  void createWalletCommandOf_picksAFreshWalletId() {
    assertNotEquals(
        CreateWalletCommand.of(KEY, null).walletId(), CreateWalletCommand.of(KEY, null).walletId());
  }

  @Test
  void personalText_isEip191OverUtf8() {
    String text = "héllo ✓";
    assertEquals(
        new SignPayload.PersonalBytes(text.getBytes(StandardCharsets.UTF_8)).digest(),
        new SignPayload.PersonalText(text).digest());
    assertEquals(
        MessageHash.of(Eip191.personalMessageDigest(text.getBytes(StandardCharsets.UTF_8))),
        new SignPayload.PersonalText(text).digest());
    assertEquals("personal_sign", new SignPayload.PersonalText(text).method());
  }

  @Test
  void personalText_withAnUnpairedSurrogate_isInvalidInput() {
    assertThrows(InvalidInputException.class, () -> new SignPayload.PersonalText("a\uD800b"));
  }

  @Test
  void personalBytes_areCopiedAndComparedByContent() {
    byte[] message = {1, 2, 3};
    SignPayload.PersonalBytes payload = new SignPayload.PersonalBytes(message);
    message[0] = 9;
    assertEquals(new SignPayload.PersonalBytes(new byte[] {1, 2, 3}), payload);
    assertEquals("PersonalBytes[3 bytes]", payload.toString());
  }

  @Test
  void rawHash_isSignedAsItIs() {
    MessageHash hash = MessageHash.of(new byte[32]);
    assertEquals(hash, new SignPayload.RawHash(hash).digest());
  }

  @Test
  void resultsWithShares_redactAndCopy() {
    CreateWalletResult result = new CreateWalletResult(share());
    assertFalse(result.toString().contains(MATERIAL), result.toString());
    assertTrue(result.toString().contains("share=redacted"));
    CreateWalletResult copy = result.copy();
    result.destroy();
    assertTrue(result.share().material().isDestroyed());
    assertFalse(copy.share().material().isDestroyed());
    assertEquals(SigningSharePairId.of("p"), copy.pairId());
  }
}
