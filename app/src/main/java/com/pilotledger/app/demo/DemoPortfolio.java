package com.pilotledger.app.demo;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.app.demo.DemoPilot.Trend;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.projection.ViewsCatchingUp;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pilotledger.api.checklist.ChecklistCriterion.APPROVAL_PATHWAYS_FORMALIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.COST_VISIBILITY_RELIABLE;
import static com.pilotledger.api.checklist.ChecklistCriterion.CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.DEPLOYMENT_PACING_CONTROLLED;
import static com.pilotledger.api.checklist.ChecklistCriterion.ESCALATION_AUTHORITY_DEFINED;
import static com.pilotledger.api.checklist.ChecklistCriterion.GOVERNANCE_COORDINATION_STABILIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.LONG_TERM_ACCOUNTABILITY_DEFINED;
import static com.pilotledger.api.checklist.ChecklistCriterion.MONITORING_OVERHEAD_UNDERSTOOD;
import static com.pilotledger.api.checklist.ChecklistCriterion.OPERATIONAL_SUPPORT_BURDEN_SUSTAINABLE;
import static com.pilotledger.api.checklist.ChecklistCriterion.PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED;
import static com.pilotledger.api.checklist.ChecklistCriterion.ROLLBACK_CONDITIONS_UNDERSTOOD;
import static com.pilotledger.api.checklist.ChecklistCriterion.ROLLOUT_PRIORITIZATION_ALIGNED;
import static com.pilotledger.api.checklist.ChecklistCriterion.SUPPORT_ESCALATION_MANAGEABLE;
import static com.pilotledger.api.checklist.ChecklistStatus.COMPLETE;
import static com.pilotledger.api.checklist.ChecklistStatus.NOT_STARTED;
import static com.pilotledger.api.checklist.ChecklistStatus.PARTIALLY_COMPLETE;
import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.HUMAN_ESCALATION_RATE;
import static com.pilotledger.api.metric.ProductionMetric.OUTPUT_QUALITY_SCORE;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static com.pilotledger.api.pilot.Posture.AUTHORIZE_DEPLOYMENT;
import static com.pilotledger.api.pilot.Posture.CONTROLLED_INVESTMENT;
import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_RESILIENCE;
import static com.pilotledger.api.pilot.StabilizationDomain.PORTFOLIO_COORDINATION;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;

/**
 * {@code --demo} (or {@code pilot-ledger.demo=true}): loads the twelve stalled pilots of the mid-market retailer from
 * "The sprint in action", through the real commands, so a newcomer sees a populated board. Loading twice changes
 * nothing: the demo pilots have fixed ids, and a pilot that is already registered is left as it is. Three pilots have
 * production metric series from their monitoring; the returns fraud detector's declines over its last two weeks.
 * Two pilots went
 * through a gate review (seed 002): Demand forecasting's said proceed; Supplier invoice extraction's found End users
 * prepared Conditional, and its gap-closure plan is long overdue.
 */
@Component
@Order(1)
class DemoPortfolio implements ApplicationRunner {

    static final String CURRENCY = "USD";
    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

    private final CommandSender commands;
    private final Clock clock;
    private final boolean enabled;
    private final ViewsCatchingUp.Load loading;

    DemoPortfolio(CommandSender commands, Clock clock, @Value("${pilot-ledger.demo:false}") boolean enabled,
                  ApplicationArguments arguments, ViewsCatchingUp catchingUp) {
        this.commands = commands;
        this.clock = clock;
        this.enabled = enabled || arguments.containsOption("demo");
        // Announced before the web server listens: a board opened while the demo loads says so instead of showing
        // the first pilots as if they were the whole portfolio.
        this.loading = this.enabled ? catchingUp.loading(pilots().size(), "pilots of the demo portfolio loaded") : null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try (loading) {
            Instant now = clock.instant();
            int loaded = 0;
            int done = 0;
            for (DemoPilot pilot : pilots()) {
                if (load(pilot, now)) {
                    loaded++;
                }
                loading.advanced(++done);
            }
            log.info("Demo portfolio: {} pilots loaded, {} already present", loaded, pilots().size() - loaded);
        }
    }

    private boolean load(DemoPilot pilot, Instant now) {
        for (DemoPilot.Step step : pilot.steps()) {
            CommandOrigin origin = new CommandOrigin(step.actor(), Set.of(step.role()), "demo-portfolio", null);
            try {
                commands.send(step.command().apply(now.minus(Duration.ofDays(step.daysAgo()))), origin);
            } catch (CommandExecutionException refused) {
                if (isAlreadyRegistered(refused)) {
                    return false;
                }
                throw refused;
            }
        }
        return true;
    }

    /** Registration is each script's first step: refused as a duplicate, this pilot was loaded before. */
    private static boolean isAlreadyRegistered(CommandExecutionException refused) {
        return refused.<CommandRefusal>getDetails()
                .map(refusal -> refusal.code() == ErrorCode.PILOT_ALREADY_REGISTERED)
                .orElse(false);
    }

    /** Forecast accuracy on the high-margin SKUs, the metric the retailer's sponsor watches. */
    private static Metric accuracy(String percent) {
        return new Metric("Forecast accuracy, high-margin SKUs", new BigDecimal(percent), "%");
    }

    /** Four weeks of daily values, repeating the given week. */
    private static String[] daily(String... week) {
        String[] days = new String[4 * week.length];
        for (int day = 0; day < days.length; day++) {
            days[day] = week[day % week.length];
        }
        return days;
    }

    /** The five stakeholder roles of a demo gate review; the operational lead is the pilot's operational owner. */
    private static Map<StakeholderRole, String> reviewers(String operationalLead) {
        Map<StakeholderRole, String> people = new EnumMap<>(StakeholderRole.class);
        people.put(StakeholderRole.EXECUTIVE_SPONSOR, "Rita Alvarez");
        people.put(StakeholderRole.OPERATIONAL_LEAD, operationalLead);
        people.put(StakeholderRole.TECHNOLOGY_LEAD, "Tom Becker");
        people.put(StakeholderRole.GOVERNANCE_LEAD, "Hannah Weiss");
        people.put(StakeholderRole.CHANGE_MANAGEMENT_LEAD, "Jon Adeyemi");
        return people;
    }

    private static List<DemoPilot> pilots() {
        return List.of(
                new DemoPilot("Demand forecasting", "Merchandising", "VP of Merchandising", "Maria Chen",
                        "Heuristic forecasts drive markdowns and stockouts", "Existing heuristic forecast accuracy",
                        "Match on 95% of SKUs, +15% on the high-value 5%", "1400000.00",
                        "No accuracy gain on high-value SKUs by day 75", 540)
                        .measured(150, OPERATIONAL_RESILIENCE, UNSETTLED, "Accuracy drops on weekend POS data",
                                accuracy("71"))
                        .signal(120, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Merchandising planning team owns the model in production")
                        .signal(118, GOVERNANCE_CONTINUITY, ESTABLISHED, "Approval pathway formalized with finance")
                        .signal(115, PRODUCTION_ECONOMICS, STABILIZING, "Compute at $18K/month, retraining being cached")
                        .authorize(110, CONTROLLED_INVESTMENT, "450000.00", "Deploy to 40 stores with a parallel run", null)
                        .signal(40, PRODUCTION_ECONOMICS, ESTABLISHED, "Cost attribution per store live")
                        .signal(35, DEPLOYMENT_SEQUENCING, ESTABLISHED, "Store waves agreed with operations")
                        .measured(90, OPERATIONAL_RESILIENCE, STABILIZING, "Parallel run in 40 stores", accuracy("84"))
                        .measured(60, OPERATIONAL_RESILIENCE, STABILIZING, "Parallel run, promotions calendar joined",
                                accuracy("89"))
                        .measured(30, OPERATIONAL_RESILIENCE, ESTABLISHED, "Weekend POS delay monitored and alerting",
                                accuracy("94"))
                        .signal(20, PORTFOLIO_COORDINATION, ESTABLISHED, "Shared model gateway reused by two pilots")
                        .gateReview(16, reviewers("Maria Chen"))
                        .assessed(15, StakeholderRole.OPERATIONAL_LEAD, null, SignalStatus.CONFIRMED,
                                "Planners trained in all 40 stores; merchandising owns monitoring and retraining")
                        .assessed(15, StakeholderRole.EXECUTIVE_SPONSOR, null, SignalStatus.CONFIRMED,
                                "Production case approved: +22% on high-margin SKUs at production volume")
                        .assessed(15, StakeholderRole.TECHNOLOGY_LEAD, null, SignalStatus.CONFIRMED,
                                "Pipelines load-tested at chain volume, weekend POS delay handled")
                        .concluded(14, null, null, null, 0, null)
                        .authorize(10, AUTHORIZE_DEPLOYMENT, "1400000.00", "Outperforms on 89% of SKUs, +22% on high-margin", null)
                        .approve(9)
                        .assess(8, LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising planning owns the model")
                        .assess(8, PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "AI operations rota staffed")
                        .assess(8, CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Escalation runbook used twice")
                        .assess(7, APPROVAL_PATHWAYS_FORMALIZED, COMPLETE, "Finance approval pathway in use")
                        .assess(7, ESCALATION_AUTHORITY_DEFINED, COMPLETE, "Planning director may pause the model")
                        .assess(7, GOVERNANCE_COORDINATION_STABILIZED, COMPLETE, "Monthly model review with risk")
                        .assess(6, COST_VISIBILITY_RELIABLE, COMPLETE, "Cost attribution per store live")
                        .assess(6, MONITORING_OVERHEAD_UNDERSTOOD, COMPLETE, "Monitoring costs $2K/month, budgeted")
                        .assess(6, OPERATIONAL_SUPPORT_BURDEN_SUSTAINABLE, COMPLETE, "Two tickets a week, in the rota")
                        .assess(5, ROLLOUT_PRIORITIZATION_ALIGNED, COMPLETE, "Store waves agreed with operations")
                        .assess(5, DEPLOYMENT_PACING_CONTROLLED, COMPLETE, "One wave a fortnight, gated on accuracy")
                        .assess(4, SUPPORT_ESCALATION_MANAGEABLE, COMPLETE, "Weekend POS delay alerting")
                        .assess(4, ROLLBACK_CONDITIONS_UNDERSTOOD, PARTIALLY_COMPLETE,
                                "Rollback to the heuristic forecast rehearsed in one store only")
                        .monitored(84, 1, Trend.of(TASK_COMPLETION_RATE, "93.0", "95.5"),
                                Trend.of(OUTPUT_QUALITY_SCORE, "86", "90"), Trend.of(COST_PER_TASK, "0.0450", "0.0380"),
                                Trend.of(HUMAN_ESCALATION_RATE, "6.0", "4.0")),
                new DemoPilot("Returns fraud detector", "Loss prevention", "Head of Loss Prevention", "Sam Ortiz",
                        "Fraudulent returns cost margin", "Manual review catch rate", "+30% catch rate at same review cost",
                        "600000.00", "False positives above 2% of returns", 500)
                        .signal(60, OPERATIONAL_OWNERSHIP, STABILIZING, "Loss prevention analysts take first-line support")
                        .signal(58, GOVERNANCE_CONTINUITY, STABILIZING, "Escalation authority drafted")
                        .measured(55, PRODUCTION_ECONOMICS, STABILIZING, "Inference cost per return measured",
                                new Metric("Cost per task", new BigDecimal("0.38"), "USD"))
                        .assess(50, LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Loss prevention owns the detector")
                        .assess(50, PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, PARTIALLY_COMPLETE,
                                "Analysts take first-line support; no second line yet")
                        .assess(50, CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Escalation to store ops agreed")
                        .assess(48, ESCALATION_AUTHORITY_DEFINED, PARTIALLY_COMPLETE, "Escalation authority drafted")
                        .assess(48, GOVERNANCE_COORDINATION_STABILIZED, NOT_STARTED,
                                "No forum yet between loss prevention, legal and stores")
                        .authorize(9, CONTROLLED_INVESTMENT, "200000.00", "Next initiative on the shared platform", null)
                        // Seed 004's silent decline: task completion from 94% to 79% over two weeks, escalations rising.
                        .monitored(56, 15, Trend.of(TASK_COMPLETION_RATE, "94.0", "94.5"),
                                Trend.of(OUTPUT_QUALITY_SCORE, "88", "88"), Trend.of(COST_PER_TASK, "0.3800", "0.3700"),
                                Trend.of(HUMAN_ESCALATION_RATE, "3.0", "3.2"))
                        .monitored(14, 1, Trend.of(TASK_COMPLETION_RATE, "94.0", "79.0"),
                                Trend.of(OUTPUT_QUALITY_SCORE, "87", "80"), Trend.of(COST_PER_TASK, "0.3700", "0.4100"),
                                Trend.of(HUMAN_ESCALATION_RATE, "3.5", "9.0")),
                new DemoPilot("Customer service chatbot", "Customer service", "VP of Customer Care", "Dana Whitfield",
                        "Contact volume outgrows the team", "Human handling of tier-1 questions", "40% of tier-1 resolved",
                        "500000.00", "Any compliance incident without guardrails", 480)
                        .signal(200, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Care operations owns the bot")
                        .signal(198, GOVERNANCE_CONTINUITY, STABILIZING, "Guardrails planned for phase two")
                        .signal(195, PRODUCTION_ECONOMICS, STABILIZING, "Token budget set per month")
                        .authorize(190, CONTROLLED_INVESTMENT, "250000.00", "Limited to web chat", null)
                        .signal(45, GOVERNANCE_CONTINUITY, UNSETTLED, "Fabricated competitor pricing reached a customer")
                        .pause(44, "Governance afterthought: guardrails deferred to phase two"),
                new DemoPilot("Inventory optimization", "Supply chain", "SVP Supply Chain", "Priya Raman",
                        "Overstock in distribution centres", "Weeks of supply", "-10% weeks of supply", "800000.00",
                        "No inventory reduction after two replenishment cycles", 450)
                        .signal(300, OPERATIONAL_OWNERSHIP, STABILIZING, "DC managers share ownership")
                        .signal(298, GOVERNANCE_CONTINUITY, STABILIZING, "Approvals run through the supply chain council")
                        .signal(296, PRODUCTION_ECONOMICS, STABILIZING, "Cost per optimization run tracked monthly")
                        .authorize(290, CONTROLLED_INVESTMENT, "300000.00", "Two DCs while sequencing forms", null)
                        // Above the four-eyes threshold and not yet approved: it waits in the approvals inbox.
                        .authorize(0, CONTROLLED_INVESTMENT, "650000.00",
                                "Weeks of supply down 6% in the first two DCs; extend to four", null),
                new DemoPilot("Product description generator", "E-commerce", "Head of E-commerce", "Leo Park",
                        "Copywriting backlog for new SKUs", "Days to publish a SKU", "Same-day publishing", "150000.00",
                        "Legal cannot approve generated copy", 400)
                        .kill(100, "Legal blocked generated copy; kill criteria met"),
                new DemoPilot("Markdown pricing", "Merchandising", "VP of Merchandising", "Maria Chen",
                        "Markdowns set by rule of thumb", "Margin lost to markdowns", "-8% markdown spend", "700000.00",
                        "No margin gain in two seasons", 420)
                        .signal(150, OPERATIONAL_OWNERSHIP, STABILIZING, "Pricing team named as owner")
                        .signal(150, GOVERNANCE_CONTINUITY, STABILIZING, "Price change approvals agreed")
                        .signal(150, PRODUCTION_ECONOMICS, STABILIZING, "Cost per price run known"),
                new DemoPilot("Store labor scheduling", "Store operations", "COO", "Grace Liu",
                        "Overtime and understaffed peaks", "Overtime hours", "-15% overtime", "450000.00",
                        "Store managers reject schedules twice in a row", 380)
                        .signal(90, OPERATIONAL_OWNERSHIP, UNSETTLED, "No team accepts production support")
                        .assess(85, LONG_TERM_ACCOUNTABILITY_DEFINED, NOT_STARTED, "No owner after the pilot team")
                        .assess(85, PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, NOT_STARTED,
                                "No team accepts production support")
                        .assess(85, CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, PARTIALLY_COMPLETE,
                                "Store managers escalate to the pilot team, informally"),
                new DemoPilot("Supplier invoice extraction", "Finance", "CFO", "Omar Haddad",
                        "Manual keying of supplier invoices", "Invoices keyed per hour", "80% touchless", "250000.00",
                        "Accuracy below the human error rate", 360)
                        .signal(70, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Accounts payable owns it")
                        .signal(70, GOVERNANCE_CONTINUITY, ESTABLISHED, "Human-in-the-loop policy approved")
                        .signal(70, PRODUCTION_ECONOMICS, ESTABLISHED, "Cost per invoice below manual")
                        .signal(65, DEPLOYMENT_SEQUENCING, STABILIZING, "Supplier waves drafted")
                        .gateReview(64, reviewers("Omar Haddad"))
                        .assessed(63, StakeholderRole.OPERATIONAL_LEAD, null, SignalStatus.CONFIRMED,
                                "Accounts payable runs the exceptions queue")
                        .assessed(63, StakeholderRole.CHANGE_MANAGEMENT_LEAD, ScaleReadinessSignal.END_USERS_PREPARED,
                                SignalStatus.CONDITIONAL, "Clerks outside the head office not trained yet")
                        .concluded(62, ScaleReadinessSignal.END_USERS_PREPARED,
                                "Train the regional AP clerks on the exceptions workflow", "Jon Adeyemi", 30, "25000.00")
                        .authorize(60, CONTROLLED_INVESTMENT, "120000.00", "Top 50 suppliers first", null)
                        // Touchless extraction held for three weeks, then a new supplier layout broke it: a breach.
                        .thresholds(TASK_COMPLETION_RATE, "85", "90", "82", "70")
                        .points(1, TASK_COMPLETION_RATE, "88", "89", "88", "90", "87", "88", "89", "88", "91", "88",
                                "89", "88", "87", "90", "88", "89", "88", "90", "88", "89", "88")
                        .points(0, TASK_COMPLETION_RATE, "84", "79"),
                new DemoPilot("Loyalty churn predictor", "Marketing", "CMO", "Nina Brooks",
                        "Loyalty members lapse unnoticed", "Lapse rate", "-5% lapse rate", "350000.00",
                        "No uplift in retention campaigns", 340),
                new DemoPilot("Personalized promotions", "Marketing", "CMO", "Nina Brooks",
                        "Blanket promotions erode margin", "Promotion ROI", "+20% promotion ROI", "900000.00",
                        "Promotion ROI not above blanket promotions", 320)
                        .signal(100, OPERATIONAL_OWNERSHIP, STABILIZING, "Marketing ops owns targeting")
                        .signal(100, PRODUCTION_ECONOMICS, UNSETTLED, "Cost per campaign unknown")
                        .authorize(95, CONTROLLED_INVESTMENT, "150000.00", "Holiday campaign test",
                                "CMO commits to cost tracking before the holiday campaign"),
                new DemoPilot("Visual shelf monitoring", "Store operations", "COO", "Grace Liu",
                        "Empty shelves found late", "On-shelf availability", "+3 points availability", "650000.00",
                        "Camera rollout cost above $1M", 300)
                        .signal(80, OPERATIONAL_OWNERSHIP, STABILIZING, "Store ops shares ownership with IT")
                        .signal(80, GOVERNANCE_CONTINUITY, UNSETTLED, "Privacy review not started")
                        // Defined up front: quality of at least 75 points by day 270; the week before it says 70.
                        .killCriterion(OUTPUT_QUALITY_SCORE, KillComparison.BELOW, "75", 270)
                        .points(25, OUTPUT_QUALITY_SCORE, "72", "71", "70", "69", "70", "71", "70", "68", "70", "71"),
                new DemoPilot("Contract review assistant", "Legal", "General Counsel", "Ivy Morgan",
                        "Contract review takes weeks", "Review time per contract", "-60% review time", "200000.00",
                        "Fewer than 10 of 22 attorneys use it after 3 months", 280)
                        .signal(130, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Legal operations owns it")
                        .signal(130, GOVERNANCE_CONTINUITY, ESTABLISHED, "Risk tier approved")
                        .signal(130, PRODUCTION_ECONOMICS, ESTABLISHED, "Licence cost per attorney known")
                        .signal(128, DEPLOYMENT_SEQUENCING, ESTABLISHED, "Practice groups onboard in waves")
                        .signal(126, OPERATIONAL_RESILIENCE, ESTABLISHED, "Fallback to manual review tested")
                        .signal(125, PORTFOLIO_COORDINATION, ESTABLISHED, "Shares the document pipeline with finance")
                        // The scale decision of 100 days ago: its 90-day review is due, and the metrics say why.
                        .scaleDecision(100, "180000.00", "All six domains established in the pilot",
                                new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("90")),
                                new KpiProjection(OUTPUT_QUALITY_SCORE, new BigDecimal("85")),
                                new KpiProjection(HUMAN_ESCALATION_RATE, new BigDecimal("10")))
                        .signal(40, OPERATIONAL_RESILIENCE, UNSETTLED,
                                "Intake still by email; 4 of 22 attorneys use it")
                        .monitored(1, TASK_COMPLETION_RATE, daily("93", "92", "94", "91"))
                        .monitored(1, OUTPUT_QUALITY_SCORE, daily("82", "80", "83", "79"))
                        .monitored(1, HUMAN_ESCALATION_RATE, daily("9", "8", "10", "9")));
    }
}
