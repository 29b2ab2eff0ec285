/**
 * Paillier encryption with {@code g = 1 + N} (PROTOCOL.md §1 and §2): key generation with
 * Paillier–Blum moduli, ciphertext validation, homomorphic operations, CRT decryption and CRT
 * exponentiation for the holder of the factorisation.
 *
 * <p>Arithmetic is {@link java.math.BigInteger}, which is neither constant-time nor wipeable: secret
 * holders drop their references on {@code destroy()}, which is the best the JDK allows.
 */
package dev.tandem.mpc.internal.paillier;
