package org.alliance.registry.domain;

/** Honours a studio leader (领军人) may hold: model worker (劳模) at three levels, craftsman (工匠). */
public enum LeaderHonour {
    NATIONAL_MODEL_WORKER, PROVINCIAL_MODEL_WORKER, MUNICIPAL_MODEL_WORKER, CRAFTSMAN
}
