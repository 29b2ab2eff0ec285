/**
 * The non-interactive zero-knowledge proofs of PROTOCOL.md §2: Schnorr, and from CGGMP21 (Canetti,
 * Gennaro, Goldfeder, Makriyannis, Peled, ePrint 2021/060) Π^prm, Π^mod, Π^fac and Π^log*, with
 * ring-Pedersen parameters, their generator and their owner's secret; and the proof of the signing
 * ciphertext (§2.2), Π^aff-g with curve relations, which the client makes against the custodian's
 * own parameters.
 *
 * <p>Every proof is Fiat–Shamir over a {@link dev.tandem.mpc.internal.Transcript} that binds the
 * {@link dev.tandem.mpc.internal.ProofContext} (protocol, round, session id, prover id, verifier
 * id), the proof name and every statement element and first-message value; the verifier rebuilds
 * the transcript from the statement it holds. Proof objects are immutable; {@code verify} validates
 * every received value (ranges, group membership, coprimality, sizes) before using it and fails
 * with a {@link java.security.GeneralSecurityException} whose message names the failed check and
 * never carries a value.
 */
package dev.tandem.mpc.internal.zk;
