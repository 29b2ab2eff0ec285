package dev.tandem.adapter.inmemory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.port.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The second half of the abort-oracle attack: signing takes no lease, so a client opens K sessions
 * on one pair and sends every ciphertext at once, hoping each gets its own "did it verify" answer
 * before the first failure freezes anything. The custodian decrypts one ciphertext of a wallet at a
 * time, checking the freeze right before; so exactly one ciphertext reaches the engine, and every
 * other session gets {@code WALLET_FROZEN} without its ciphertext being decrypted. Real threads,
 * real engine.
 */
class ConcurrentSigningFreezeE2eTest {
  private static final int SESSIONS = 8;

  @Test
  void sessionsOpenedBeforeAFailure_getOneFailureAnswer_andEveryOtherWalletFrozen()
      throws Exception {
    AtomicReference<CyclicBarrier> allOpened = new AtomicReference<>();
    AtomicReference<SabotagedSigning> engine = new AtomicReference<>();
    EmbeddedTandem tandem =
        new EmbeddedTandem(
            new EmbeddedTandem.Storage(),
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT),
            real -> {
              engine.set(new SabotagedSigning(real));
              return engine.get();
            },
            channel ->
                (sessionId, request) -> {
                  CyclicBarrier barrier = allOpened.get();
                  if (barrier != null
                      && CosignWire.decodeRequest(request) instanceof CosignRequest.Step) {
                    // Every session has its round 2 before any ciphertext is sent.
                    awaitAll(barrier);
                  }
                  return channel.exchange(sessionId, request);
                });
    CreateWalletResult wallet = tandem.create("phone");
    engine.get().sabotage.set(true);
    allOpened.set(new CyclicBarrier(SESSIONS));

    ExecutorService clients = Executors.newFixedThreadPool(SESSIONS);
    List<Throwable> answers = new ArrayList<>();
    try {
      List<Future<?>> signing = new ArrayList<>();
      for (int i = 0; i < SESSIONS; i++) {
        String text = "probe " + i;
        signing.add(clients.submit(() -> tandem.sign(wallet.share(), text)));
      }
      for (Future<?> session : signing) {
        try {
          session.get(180, TimeUnit.SECONDS);
          answers.add(null);
        } catch (ExecutionException e) {
          answers.add(e.getCause());
        }
      }
    } finally {
      clients.shutdownNow();
    }

    int failureAnswers = 0;
    for (Throwable answer : answers) {
      WalletFrozenException frozen = assertInstanceOf(WalletFrozenException.class, answer);
      assertEquals(ErrorCode.WALLET_FROZEN, frozen.code());
      if (frozen.getMessage().contains("failed its final verification")) {
        failureAnswers++;
      }
    }
    assertEquals(1, failureAnswers, "sessions told their signature failed");
    assertEquals(1, engine.get().ciphertextsDecrypted.get(), "ciphertexts the engine decrypted");
    assertEquals(1, engine.get().failures.get());
    assertEquals(1, engine.get().mostAtOnce.get());
    assertEquals(
        1,
        tandem.auditLog.events().stream()
            .filter(event -> event.type() == AuditEvent.Type.WALLET_FROZEN)
            .count());
  }

  private static void awaitAll(CyclicBarrier barrier) {
    try {
      barrier.await(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the sessions did not all open", e);
    }
  }
}
