package org.alliance.matching.decision.domain;

/** One side's answer to a proposed match. */
public enum Verdict { ACCEPT, DECLINE }
