package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The versioned canonical encoding of both parties' share material, decoded strictly. */
class ShareMaterialTest {

  private final byte[] client = ProtocolFixtures.pairA().clientShare;
  private final byte[] custodian = ProtocolFixtures.pairA().custodianShare;

  @FunctionalInterface
  private interface Decoder {
    Object decode(byte[] bytes) throws GeneralSecurityException;
  }

  @Test
  void bothShares_roundTripToTheSameBytes() throws Exception {
    assertArrayEquals(client, ClientShareMaterial.decode(client).encode());
    assertArrayEquals(custodian, CustodianShareMaterial.decode(custodian).encode());
    ClientShareMaterial decoded = ClientShareMaterial.decode(client);
    decoded.ringPedersen();
    assertArrayEquals(client, decoded.encode());
  }

  @Test
  void decodedShares_matchThePair() throws Exception {
    ClientShareMaterial c = ClientShareMaterial.decode(client);
    CustodianShareMaterial k = CustodianShareMaterial.decode(custodian);
    assertEquals(ProtocolFixtures.WALLET, c.walletId());
    assertEquals(ProtocolFixtures.PAIR_A, k.pairId());
    assertEquals(PairKind.SIGNING, c.kind());
    assertEquals(c.q1(), k.q1());
    assertEquals(c.q2(), k.q2());
    assertEquals(c.publicKey(), Secp256k1.add(k.q1(), k.q2()));
    assertEquals(c.paillier().n(), k.paillier().publicKey().n());
    assertEquals(c.ringPedersen().parameters(), k.clientRingPedersen());
  }

  @Test
  void trailingBytesAndEveryTruncation_areRefused() {
    for (byte[] share : new byte[][] {client, custodian}) {
      Decoder decoder = decoder(share);
      assertThrows(
          GeneralSecurityException.class,
          () -> decoder.decode(Arrays.copyOf(share, share.length + 1)));
      for (int length = 0; length < share.length; length++) {
        byte[] truncated = Arrays.copyOf(share, length);
        assertThrows(GeneralSecurityException.class, () -> decoder.decode(truncated));
      }
    }
  }

  @Test
  void anotherFormatHolderOrKind_isRefused() {
    for (byte[] share : new byte[][] {client, custodian}) {
      Decoder decoder = decoder(share);
      for (int index = 0; index < 3; index++) {
        for (int value : new int[] {0, 3, 0xff}) {
          byte[] changed = share.clone();
          changed[index] = (byte) value;
          assertThrows(GeneralSecurityException.class, () -> decoder.decode(changed));
        }
      }
    }
    assertThrows(GeneralSecurityException.class, () -> CustodianShareMaterial.decode(client));
    assertThrows(GeneralSecurityException.class, () -> ClientShareMaterial.decode(custodian));
  }

  @Test
  void format1_predatesTheProvenSigningCiphertext_andIsRefusedSayingSo() {
    for (byte[] share : new byte[][] {client, custodian}) {
      byte[] old = share.clone();
      old[0] = 1;
      GeneralSecurityException e =
          assertThrows(GeneralSecurityException.class, () -> decoder(share).decode(old));
      assertTrue(e.getMessage().contains("format 1"), e.getMessage());
    }
  }

  @Test
  void aScalarThatDoesNotMatchItsPoint_isRefused() {
    for (byte[] share : new byte[][] {client, custodian}) {
      int offset = scalarOffset();
      byte[] changed = share.clone();
      byte[] other = Secp256k1.encodeScalar(Secp256k1.randomScalar(ProtocolFixtures.RANDOM));
      System.arraycopy(other, 0, changed, offset, other.length);
      assertThrows(GeneralSecurityException.class, () -> decoder(share).decode(changed));
      byte[] zero = share.clone();
      Arrays.fill(zero, offset, offset + 32, (byte) 0);
      assertThrows(GeneralSecurityException.class, () -> decoder(share).decode(zero));
    }
  }

  @Test
  void aDamagedRingPedersenSecret_isRefusedBeforeARefresh() throws Exception {
    byte[] damaged = client.clone();
    damaged[damaged.length - 1] ^= 0x02;
    ClientShareMaterial material = ClientShareMaterial.decode(damaged);
    assertThrows(GeneralSecurityException.class, material::validateRingPedersen);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ClientRefresh(
                ClientShareMaterial.decode(damaged),
                RefreshPurpose.BACKUP,
                "damaged-backup",
                2048,
                ProtocolFixtures.RANDOM,
                ProtocolFixtures.EXECUTOR,
                ProtocolFixtures.CLIENT_CLOCK));
    ClientShareMaterial.decode(client).validateRingPedersen();
  }

  @Test
  void destroyedMaterial_cannotBeUsed_andNeverPrintsSecrets() throws Exception {
    ClientShareMaterial c = ClientShareMaterial.decode(client);
    CustodianShareMaterial k = CustodianShareMaterial.decode(custodian);
    String x2 = c.secretX2().toString(16);
    String x1 = k.secretX1().toString(16);
    assertFalse(c.toString().contains(x2));
    assertFalse(k.toString().contains(x1));
    c.destroy();
    k.destroy();
    assertThrows(IllegalStateException.class, c::encode);
    assertThrows(IllegalStateException.class, k::encode);
    assertThrows(IllegalStateException.class, c::secretX2);
    assertThrows(IllegalStateException.class, k::paillier);
  }

  private static int scalarOffset() {
    return 3
        + 4
        + ProtocolFixtures.WALLET.getBytes(StandardCharsets.UTF_8).length
        + 4
        + ProtocolFixtures.PAIR_A.getBytes(StandardCharsets.UTF_8).length;
  }

  private Decoder decoder(byte[] share) {
    return share == client ? ClientShareMaterial::decode : CustodianShareMaterial::decode;
  }
}
