/** The secp256k1 group on Bouncy Castle, with the point and scalar rules of PROTOCOL.md §1. */
package dev.tandem.mpc.internal.curve;
