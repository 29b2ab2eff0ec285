package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.Party;
import dev.tandem.mpc.internal.ProofContext;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * What every party state machine of PROTOCOL.md §7 shares: it accepts exactly the next expected
 * message; any deviation ends it with {@link ProtocolAbortedException} naming the peer, its secrets
 * are dropped, and it stays aborted. Subclasses run each step inside {@link #step}.
 *
 * <p>No I/O, no static mutable state, and no clock of its own: a client machine reads the clock it
 * is given once, to stamp round 1. Each public method of a subclass is {@code
 * synchronized}, so a session may be driven from different threads one request at a time.
 */
abstract class StateMachine {

  /** One step of the protocol: may fail with a checked security exception. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws GeneralSecurityException;
  }

  private final Party peer;
  private final String protocol;
  private boolean aborted;
  private boolean complete;

  StateMachine(Party self, String protocol) {
    this.peer = Objects.requireNonNull(self, "self").peer();
    this.protocol = Objects.requireNonNull(protocol, "protocol");
  }

  /**
   * Runs one step. A {@link GeneralSecurityException} (malformed message, failed proof, invalid
   * point or ciphertext) or a {@link ProtocolAbortedException} aborts the machine, naming the
   * peer; any other exception also leaves the machine aborted and propagates unchanged.
   */
  final <T> T step(String what, Step<T> step) {
    if (aborted) {
      throw new ProtocolAbortedException(peer, protocol + ": session already aborted");
    }
    if (complete) {
      // The run is over and its output stays available; the extra message is refused.
      throw new ProtocolAbortedException(peer, protocol + ": message after the end of the session");
    }
    try {
      return step.run();
    } catch (GeneralSecurityException e) {
      throw abort(protocol + " " + what + ": " + e.getMessage(), e);
    } catch (ProtocolAbortedException e) {
      markAborted();
      throw e;
    } catch (RuntimeException | Error e) {
      markAborted();
      throw e;
    }
  }

  /** Ends the machine for a peer fault; returns the exception for the caller to throw. */
  final ProtocolAbortedException abort(String reason, Throwable cause) {
    markAborted();
    return new ProtocolAbortedException(peer, reason, cause);
  }

  /** A failed check of the peer's message: thrown inside a step, it aborts. */
  static GeneralSecurityException violation(String reason) {
    return new GeneralSecurityException(reason);
  }

  final void markComplete() {
    complete = true;
  }

  /** Whether the run ended with an output. */
  public final synchronized boolean isComplete() {
    return complete && !aborted;
  }

  /** Whether the run was aborted. */
  public final synchronized boolean isAborted() {
    return aborted;
  }

  final void requireComplete() {
    if (!complete || aborted) {
      throw new IllegalStateException(protocol + ": the run has no output");
    }
  }

  final ProofContext context(int round, byte[] binding, String prover, String verifier) {
    return new ProofContext(protocol, round, binding, prover, verifier);
  }

  private void markAborted() {
    aborted = true;
    forgetSecrets();
  }

  /** Drops every reference to secret values (best effort: BigInteger cannot be wiped). */
  abstract void forgetSecrets();

  @Override
  public final String toString() {
    return getClass().getSimpleName()
        + "["
        + protocol
        + (aborted ? ", aborted" : complete ? ", complete" : ", running")
        + "]";
  }
}
