package org.alliance.registry.domain.roster;

import org.alliance.registry.domain.EnterpriseDetails;
import org.alliance.registry.domain.StudioDetails;

/**
 * A roster row that passed every check a row can pass on its own: the enterprise it names and the
 * studio to register in it. Whether they already exist is decided against the database.
 */
public record RosterEntry(EnterpriseDetails enterprise, StudioDetails studio) {
}
