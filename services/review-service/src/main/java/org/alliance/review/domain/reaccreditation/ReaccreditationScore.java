package org.alliance.review.domain.reaccreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.alliance.review.domain.sevenhaves.SevenHavesScore;

/** One expert's scores of a re-accreditation case against the seven haves, 0-100 each; submitted once. */
@Entity
@Table(name = "reaccreditation_score")
public class ReaccreditationScore extends SevenHavesScore {

    @Column(name = "case_id")
    public UUID caseId;
}
