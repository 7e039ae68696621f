/** The local web app and REST API over the journal: an edge, like {@code cli}. */
package dev.hinge.web;
