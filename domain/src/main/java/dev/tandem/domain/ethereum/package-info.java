/**
 * Ethereum's encodings, in plain JDK code: Keccak-256, EIP-55 checksummed addresses, EIP-191
 * personal messages and EIP-712 typed data. Each turns what a wallet is asked to sign into the
 * 32-byte digest that is signed, so that every adapter computes it the same way.
 */
package dev.tandem.domain.ethereum;
