package org.alliance.review.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.alliance.review.domain.sevenhaves.SevenHavesScore;

/** One expert's scores of a nominated studio against the seven haves, 0-100 each; submitted once. */
@Entity
@Table(name = "accreditation_score")
public class AccreditationScore extends SevenHavesScore {

    @Column(name = "case_id")
    public UUID caseId;
}
