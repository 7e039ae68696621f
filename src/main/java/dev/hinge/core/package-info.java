/**
 * What every stage shares: the error type that carries the broken rule and the value found, the
 * user's directories (XDG) and atomic file output. No domain logic lives here.
 */
package dev.hinge.core;
