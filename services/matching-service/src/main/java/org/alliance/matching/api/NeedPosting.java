package org.alliance.matching.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.domain.Industries;
import org.alliance.matching.domain.Need;
import org.alliance.matching.domain.replica.Enterprise;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.domain.search.OpenNeeds;
import org.alliance.security.Caller;

/**
 * Checks a posted need against the replica and the caller's region, then stores it. Every check runs
 * before the first write, so a refused request changes nothing. A studio or enterprise of another
 * region is answered exactly like an unknown one.
 */
@RequestScoped
public class NeedPosting {

    @Inject
    Caller caller;

    @Inject
    Catalog catalog;

    @Inject
    OpenNeeds openNeeds;

    Uni<Need> post(NeedRequests.NewNeed r) {
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.title = r.title();
        need.description = r.description();
        need.industryCode = r.industryCode();
        if (r.industryCode().length() == 2) {
            need.industrySection = Industries.sectionOf(r.industryCode());
            if (need.industrySection == null) {
                throw ProblemException.invalid("industryCode", "not a GB/T 4754-2017 division (01-97)");
            }
            need.industryDivision = r.industryCode();
        } else {
            need.industrySection = r.industryCode();
        }
        need.regionScope = r.regionScope() == null ? Need.RegionScope.ANYWHERE : r.regionScope();
        List<String> scope = r.scopeRegions() == null ? List.of() : r.scopeRegions();
        if (need.regionScope == Need.RegionScope.NAMED && scope.isEmpty()) {
            throw ProblemException.invalid("scopeRegions", "must name at least one region when regionScope is NAMED");
        }
        if (need.regionScope != Need.RegionScope.NAMED && !scope.isEmpty()) {
            throw ProblemException.invalid("scopeRegions", "only allowed when regionScope is NAMED");
        }
        need.scopeRegions = scope.stream().distinct().sorted().toArray(String[]::new);
        need.urgency = r.urgency();
        need.postedBy = caller.name();
        if (caller.isRegionBound() && r.studioId() == null && r.enterpriseId() == null) {
            throw new ProblemException(422, "rule-violated", "Business rule violated",
                    "a union posts a need for a studio or an enterprise of its region",
                    List.of(new Problem.FieldError("studioId", "name the posting studio (or enterpriseId)")));
        }
        return poster(r, need).chain(() -> {
            if (need.regionCode == null) {
                if (r.regionCode() == null) {
                    throw ProblemException.invalid("regionCode", "required when no studio or enterprise is named");
                }
                need.regionCode = r.regionCode();
            } else if (r.regionCode() != null && !r.regionCode().equals(need.regionCode)) {
                throw ProblemException.unprocessable("regionCode", "differs from the posting studio's or enterprise's region "
                        + need.regionCode);
            }
            caller.requireMayWrite("regionCode", need.regionCode);
            return need.<Need>persist();
        }).invoke(saved -> openNeeds.put(saved.id, saved.enterpriseId,
                catalog.text().queryTerms(saved.title, saved.description, Integer.MAX_VALUE).keySet()));
    }

    /** Fills the need's studio, enterprise and region from the replica. */
    private Uni<Void> poster(NeedRequests.NewNeed r, Need need) {
        if (r.studioId() != null) {
            return Studio.<Studio>findById(r.studioId()).invoke(s -> {
                if (s == null || !caller.sees(s.regionCode)) {
                    throw ProblemException.unprocessable("studioId", "no studio " + r.studioId() + " in the caller's region");
                }
                if (r.enterpriseId() != null && !r.enterpriseId().equals(s.enterpriseId)) {
                    throw ProblemException.unprocessable("enterpriseId", "is not the posting studio's enterprise " + s.enterpriseId);
                }
                need.studioId = s.id;
                need.enterpriseId = s.enterpriseId;
                need.regionCode = s.regionCode;
            }).replaceWithVoid();
        }
        if (r.enterpriseId() != null) {
            return Enterprise.<Enterprise>findById(r.enterpriseId()).invoke(e -> {
                if (e == null || !caller.sees(e.regionCode)) {
                    throw ProblemException.unprocessable("enterpriseId", "no enterprise " + r.enterpriseId() + " in the caller's region");
                }
                need.enterpriseId = e.id;
                need.regionCode = e.regionCode;
            }).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
