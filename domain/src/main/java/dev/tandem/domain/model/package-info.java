/** Immutable value types of a Tandem wallet, each valid from construction. */
package dev.tandem.domain.model;
