/**
 * Implementation details shared by the application's packages, used by this module only: {@link
 * dev.tandem.application.internal.BinaryReader} and {@link
 * dev.tandem.application.internal.BinaryWriter}, the one strict reader and writer of the
 * length-prefixed binary records the application defines (the client ↔ custodian envelope and the
 * backup ciphertext).
 */
package dev.tandem.application.internal;
