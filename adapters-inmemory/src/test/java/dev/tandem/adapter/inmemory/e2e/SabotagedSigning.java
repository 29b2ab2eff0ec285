package dev.tandem.adapter.inmemory.e2e;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The custodian's real engine, with its signing sessions watched and, while {@link #sabotage} is
 * set, every signature the engine computed and released turned into {@link
 * SignOutcome.VerificationFailed}: what the custodian would see if a crafted ciphertext made the
 * signature fail. Counts the client messages after the first of each signing session (round 3, the
 * ciphertext the custodian decrypts) and the most of them ever in the engine at once.
 */
final class SabotagedSigning implements CustodianMpcEnginePort {
  final AtomicBoolean sabotage = new AtomicBoolean();

  /** Round-3 messages handed to the engine. */
  final AtomicInteger ciphertextsDecrypted = new AtomicInteger();

  /** Signatures turned into verification failures. */
  final AtomicInteger failures = new AtomicInteger();

  /** The most round-3 messages the engine ever handled at the same time. */
  final AtomicInteger mostAtOnce = new AtomicInteger();

  private final AtomicInteger inEngine = new AtomicInteger();
  private final CustodianMpcEnginePort engine;

  SabotagedSigning(CustodianMpcEnginePort engine) {
    this.engine = engine;
  }

  @Override
  public CustodianSession<CustodianSigningShare> beginGenerate(
      WalletId walletId, SigningSharePairId pairId) {
    return engine.beginGenerate(walletId, pairId);
  }

  @Override
  public CustodianSession<CustodianBackupShare> beginBackup(
      CustodianSigningShare source, BackupSharePairId backupPairId) {
    return engine.beginBackup(source, backupPairId);
  }

  @Override
  public CustodianSession<CustodianSigningShare> beginProvision(
      CustodianBackupShare source, SigningSharePairId newPairId) {
    return engine.beginProvision(source, newPairId);
  }

  @Override
  public CustodianSession<SignOutcome> beginSign(CustodianSigningShare share) {
    CustodianSession<SignOutcome> session = engine.beginSign(share);
    return new CustodianSession<>() {
      private int requests;
      private SignOutcome outcome;

      @Override
      public byte[] respond(byte[] request) {
        if (++requests == 1) {
          return session.respond(request);
        }
        ciphertextsDecrypted.incrementAndGet();
        mostAtOnce.accumulateAndGet(inEngine.incrementAndGet(), Math::max);
        try {
          return session.respond(request);
        } finally {
          inEngine.decrementAndGet();
        }
      }

      @Override
      public boolean isComplete() {
        return session.isComplete();
      }

      @Override
      public synchronized SignOutcome result() {
        if (outcome == null) {
          SignOutcome released = session.result();
          if (sabotage.get() && released instanceof SignOutcome.Signed) {
            failures.incrementAndGet();
            outcome = new SignOutcome.VerificationFailed(released.hash());
          } else {
            outcome = released;
          }
        }
        return outcome;
      }
    };
  }
}
