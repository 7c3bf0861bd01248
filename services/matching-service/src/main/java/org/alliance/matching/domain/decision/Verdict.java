package org.alliance.matching.domain.decision;

/** One side's answer to a proposed match. */
public enum Verdict { ACCEPT, DECLINE }
