package org.parcheck.criteria;

/** A framework version as stored: header, version facts and content. */
public record StoredFramework(FrameworkHeader header, FrameworkVersion version, FrameworkContent content) {
}
