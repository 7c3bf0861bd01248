package org.alliance.application.messaging.call;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.application.repository.call.CallRows;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.application.CallClosed;
import org.alliance.events.application.CallPublished;

/**
 * Records a call's publication, with every term the review side decides by, in the transaction that freezes them,
 * and its early closing, in the transaction that closes it.
 */
@ApplicationScoped
public class CallEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> published(FundingCall c, CallRows.Rows rows) {
        return outbox.record(new CallPublished(c.id, c.kind.name(), c.year, c.title, c.issuingUnion, c.issuingRegion,
                c.opensOn, c.closesOn, c.budgetRmb,
                rows.amounts().stream().map(a -> new CallPublished.Amount(a.tier(), a.grade(), a.amountRmb())).toList(),
                rows.quotas().stream().map(q -> new CallPublished.Quota(q.regionCode(), q.places())).toList(),
                rows.focusIndustries().stream().map(f -> new CallPublished.Focus(f.focus(), f.divisions())).toList(),
                c.maxApplicationsPerStudio, c.maxFundedPerStudio, c.completionMonths, c.eligibleTiers, c.grantFrom,
                c.grantTo, c.minimumScore, c.gradeAScore, c.regionMinimumPlaces, c.places, c.publishedAt.toInstant()));
    }

    public Uni<Void> closed(FundingCall c) {
        return outbox.record(new CallClosed(c.id, c.issuingRegion, c.closesOn, c.closedAt.toInstant(), c.closedBy,
                c.closingReason));
    }
}
