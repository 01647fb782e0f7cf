package com.pilotledger.query.audit;

import com.pilotledger.api.capital.ApprovalLimitRemoved;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;

import static com.pilotledger.query.audit.AuditSummary.authority;
import static com.pilotledger.query.audit.AuditSummary.duration;
import static com.pilotledger.query.audit.AuditSummary.money;

/** The readable sentence of each capital and decision-rights event. */
final class CapitalSummary {

    private CapitalSummary() {
    }

    static String of(Object event) {
        if (event instanceof CapitalBudgetSet e) {
            return "Capital budget set to " + money(e.budget()) + ": " + e.reason();
        }
        if (event instanceof ApprovalLimitSet e) {
            return "Approval limit of " + holder(e.holder()) + " set to " + money(e.limit()) + ": " + e.reason();
        }
        if (event instanceof ApprovalLimitRemoved e) {
            return "Approval limit of " + holder(e.holder()) + " removed: " + e.reason();
        }
        if (event instanceof FourEyesThresholdSet e) {
            return "Second approval required above " + money(e.threshold()) + ": " + e.reason();
        }
        if (event instanceof ApprovalWindowSet e) {
            return "Requests expire when not decided within " + duration(e.window()) + ": " + e.reason();
        }
        if (event instanceof CapitalReserved e) {
            return "Reserved " + money(e.reserved()) + " for a request by " + e.maker() + authority(e.makerAuthority())
                    + (e.secondApprovalRequired() ? "; waits for a second approval until " + e.expiresAt() : "");
        }
        if (event instanceof CapitalRequestApproved e) {
            return "Approved by " + e.approvedBy() + authority(e.approverAuthority());
        }
        if (event instanceof CapitalRequestRejected e) {
            return "Rejected by " + e.rejectedBy() + ": " + e.reason() + "; released " + money(e.released());
        }
        if (event instanceof CapitalRequestExpired e) {
            return "Expired undecided; released " + money(e.released());
        }
        if (event instanceof CapitalCommitted e) {
            return "Committed capital is now " + money(e.total());
        }
        if (event instanceof CapitalReservationReleased e) {
            return "Reservation of " + money(e.released()) + " released: " + e.reason();
        }
        if (event instanceof PilotCapitalReleased e) {
            return "Released " + money(e.released()) + " back to the pool: " + e.reason();
        }
        if (event instanceof PilotCapitalFrozen e) {
            return "Froze " + money(e.frozen()) + " of committed capital: " + e.reason();
        }
        return event.getClass().getSimpleName();
    }

    private static String holder(LimitHolder holder) {
        return holder.kind().name().toLowerCase() + " " + holder.name();
    }
}
