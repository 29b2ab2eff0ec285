package dev.tandem.mpc;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.security.SecureRandom;
import java.util.concurrent.ForkJoinPool;

/** Engines and one wallet shared by the engine tests: the wallet's keygen runs once per JVM. */
final class EngineFixtures {

  static final SecureRandom RANDOM = new SecureRandom();
  static final EngineSettings SETTINGS =
      new EngineSettings(
          RANDOM, new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors())));
  static final TwoPartyEcdsaClientEngine CLIENT = new TwoPartyEcdsaClientEngine(SETTINGS);
  static final TwoPartyEcdsaCustodianEngine CUSTODIAN =
      new TwoPartyEcdsaCustodianEngine(SETTINGS, WindowedSessionRegistry.onSystemClock());

  private EngineFixtures() {}

  /** Both halves of one signing pair. */
  static final class SigningPair {
    final ClientSigningShare client;
    final CustodianSigningShare custodian;

    SigningPair(ClientSigningShare client, CustodianSigningShare custodian) {
      this.client = client;
      this.custodian = custodian;
    }
  }

  /** A fresh wallet: one keygen. */
  static SigningPair newWallet() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSession<CustodianSigningShare> session = CUSTODIAN.beginGenerate(wallet, pair);
    ClientSigningShare client = CLIENT.generate(wallet, pair, session::respond);
    return new SigningPair(client, session.result());
  }

  /** The shared wallet, made on first use. */
  static SigningPair wallet() {
    return Holder.WALLET;
  }

  private static final class Holder {
    static final SigningPair WALLET = newWallet();
  }
}
