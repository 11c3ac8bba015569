//! Closed vocabularies: the fixed lists the business works with, each with a stable code (used
//! in storage, URLs and JSON), an English label, and a `parse` that names what it accepts.

use serde::{Deserialize, Serialize};

use crate::invalid::{Invalid, Parsed};

/// Declares a closed vocabulary: an enum with a stable code and a label per variant.
macro_rules! vocabulary {
    (
        $(#[$doc:meta])* $name:ident, $what:literal {
            $($(#[$vdoc:meta])* $variant:ident = $code:literal, $label:literal;)+
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            /// Every value, in the order the business lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code, as stored and sent over the wire.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The English label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Reads a code or a label (case and surrounding space ignored).
            pub fn parse(input: &str) -> Parsed<Self> {
                let wanted = input.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(wanted) || v.label().eq_ignore_ascii_case(wanted))
                    .ok_or_else(|| {
                        let codes: Vec<&str> = Self::ALL.iter().map(|v| v.code()).collect();
                        Invalid::new("", format!(
                            "'{wanted}' is not a known {}; use one of: {}", $what, codes.join(", ")
                        ))
                    })
            }

            /// The position of this value in [`Self::ALL`], for compact per-value tables.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl std::str::FromStr for $name {
            type Err = Invalid;
            fn from_str(s: &str) -> Parsed<Self> {
                Self::parse(s)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// What kind of professional a person in the network is. The seeds insist that a leader, a
    /// consultant and an administrator are "genetically" different; only leaders are interim
    /// managers in the strict sense.
    ProfileKind, "profile kind" {
        /// Leads organisations; the provider's core offering.
        InterimLeader = "interim_leader", "Interim leader";
        /// Analyses and advises rather than leads.
        Consultant = "consultant", "Consultant";
        /// Runs processes and keeps things in order.
        Administrator = "administrator", "Administrator";
    }
}

vocabulary! {
    /// Where a candidate stands in the provider's vetting.
    VettingStatus, "vetting status" {
        /// Not yet assessed.
        Unvetted = "unvetted", "Unvetted";
        /// Interviews or references under way.
        InProgress = "in_progress", "Vetting in progress";
        /// Qualified, until the decision expires.
        Qualified = "qualified", "Qualified";
        /// Decision pending further information.
        OnHold = "on_hold", "On hold";
        /// Assessed and not qualified.
        NotQualified = "not_qualified", "Not qualified";
    }
}

vocabulary! {
    /// The organisation level a role sits at.
    Level, "level" {
        /// Top management: CEO, CFO and the rest of the executive team.
        Executive = "executive", "Executive";
        /// Line and middle management: plant managers, department heads.
        MiddleManagement = "middle_management", "Middle management";
        /// Leading a project or programme.
        ProjectLeadership = "project_leadership", "Project leadership";
    }
}

vocabulary! {
    /// The kind of situation a client needs a leader for.
    SituationType, "situation type" {
        /// A leader has left or fallen ill and the seat must be filled now.
        LeadershipGap = "leadership_gap", "Fill a critical leadership gap";
        /// Results lag and operations must improve.
        PerformanceImprovement = "performance_improvement", "Improve performance";
        /// Grow sales, enter markets, build new business.
        BusinessDevelopment = "business_development", "Drive business development";
        /// Cut costs, restructure, turn the company around.
        RestructuringTurnaround = "restructuring_turnaround", "Manage a restructuring or turnaround";
        /// Merge, integrate or carve out a business.
        MergerIntegration = "merger_integration", "Merger, acquisition or carve-out";
        /// Change the organisation, its systems or its way of working.
        Transformation = "transformation", "Lead a transformation";
        /// A project or programme is late or over budget and must be rescued.
        ProjectRescue = "project_rescue", "Rescue a project";
        /// An acute crisis: liquidity, safety, reputation.
        CrisisManagement = "crisis_management", "Crisis management";
        /// Build up a new unit, plant or company.
        StartUp = "start_up", "Build up a new unit";
    }
}

vocabulary! {
    /// The seven traits of a great interim manager, as the seed document lists them.
    Trait, "trait" {
        /// Can step in without training and act at once.
        OperationalFromDayOne = "operational", "Operational from day one";
        /// Takes decisions and acts on them.
        DecisiveActionOriented = "decisive", "Decisive and action-oriented";
        /// Says what must be said, plainly.
        ClearDirect = "clear", "Clear and direct";
        /// Brings people along.
        MotivationalEmpathetic = "motivational", "Motivational and empathetic";
        /// Masters the field.
        HighlyCompetent = "competent", "Highly competent";
        /// Can be trusted.
        Integrity = "integrity", "A person of integrity";
        /// Delivers results.
        ResultsDriven = "results", "Results-driven";
    }
}

vocabulary! {
    /// The stages of a candidate's way through one mandate.
    PipelineStage, "pipeline stage" {
        /// Picked from the ranking for consideration.
        Longlist = "longlist", "Longlist";
        /// Approached about the mandate.
        Contacted = "contacted", "Contacted";
        /// Has said they are interested.
        Interested = "interested", "Interested";
        /// Interviews and reference checks under way.
        Vetting = "vetting", "Vetting";
        /// Chosen for the shortlist.
        Shortlisted = "shortlisted", "Shortlisted";
        /// Presented to the client.
        Presented = "presented", "Presented";
        /// The client meets the candidate.
        ClientInterview = "client_interview", "Client interview";
        /// An offer is out.
        Offered = "offered", "Offered";
        /// Placed: the assignment is agreed.
        Placed = "placed", "Placed";
        /// Turned down, by the provider or the client.
        Rejected = "rejected", "Rejected";
        /// The candidate stepped back.
        Withdrawn = "withdrawn", "Withdrawn";
    }
}

impl PipelineStage {
    /// Whether leaving this stage needs a reason on record (rejections and withdrawals do).
    pub fn needs_reason(self) -> bool {
        matches!(self, PipelineStage::Rejected | PipelineStage::Withdrawn)
    }

    /// Whether the candidate is out of the running in this stage.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            PipelineStage::Placed | PipelineStage::Rejected | PipelineStage::Withdrawn
        )
    }

    /// The stages a candidate moves through when things go well, in order.
    pub const FORWARD: &'static [PipelineStage] = &[
        PipelineStage::Longlist,
        PipelineStage::Contacted,
        PipelineStage::Interested,
        PipelineStage::Vetting,
        PipelineStage::Shortlisted,
        PipelineStage::Presented,
        PipelineStage::ClientInterview,
        PipelineStage::Offered,
        PipelineStage::Placed,
    ];
}

vocabulary! {
    /// Language proficiency on the CEFR scale, with native speakers above C2.
    Proficiency, "proficiency (CEFR)" {
        /// Beginner.
        A1 = "a1", "A1";
        /// Elementary.
        A2 = "a2", "A2";
        /// Intermediate.
        B1 = "b1", "B1";
        /// Upper intermediate.
        B2 = "b2", "B2";
        /// Advanced: can lead meetings.
        C1 = "c1", "C1";
        /// Mastery.
        C2 = "c2", "C2";
        /// Mother tongue.
        Native = "native", "Native";
    }
}

vocabulary! {
    /// Company size by headcount; the first three follow the EU SME definition
    /// (Commission Recommendation 2003/361/EC).
    CompanySize, "company size" {
        /// Fewer than 10 employees.
        Micro = "micro", "Micro (<10)";
        /// 10 to 49 employees.
        Small = "small", "Small (10-49)";
        /// 50 to 249 employees.
        Medium = "medium", "Medium (50-249)";
        /// 250 to 999 employees.
        Large = "large", "Large (250-999)";
        /// 1,000 employees or more.
        Enterprise = "enterprise", "Enterprise (1000+)";
    }
}

vocabulary! {
    /// Public or private sector.
    Sector, "sector" {
        /// Owned by the state, a region or a municipality.
        Public = "public", "Public sector";
        /// Privately owned.
        Private = "private", "Private sector";
    }
}

vocabulary! {
    /// Currencies day rates are quoted in (ISO 4217 codes).
    Currency, "currency" {
        /// Norwegian krone.
        Nok = "NOK", "NOK";
        /// Swedish krona.
        Sek = "SEK", "SEK";
        /// Danish krone.
        Dkk = "DKK", "DKK";
        /// Euro.
        Eur = "EUR", "EUR";
        /// Pound sterling.
        Gbp = "GBP", "GBP";
        /// US dollar.
        Usd = "USD", "USD";
    }
}

vocabulary! {
    /// Whether an earlier role was a permanent position or an interim assignment.
    Engagement, "engagement" {
        /// A permanent employment.
        Permanent = "permanent", "Permanent role";
        /// An interim assignment.
        Interim = "interim", "Interim assignment";
    }
}

vocabulary! {
    /// Where a mandate stands.
    MandateStatus, "mandate status" {
        /// The need is being taken in and analysed.
        Intake = "intake", "Intake";
        /// The network is being searched and candidates vetted.
        Search = "search", "Search";
        /// A shortlist has been presented to the client.
        Shortlist = "shortlist", "Shortlist presented";
        /// An interim manager has been placed.
        Placed = "placed", "Placed";
        /// Closed without a placement.
        Cancelled = "cancelled", "Cancelled";
    }
}

impl MandateStatus {
    /// Whether the mandate still runs against the 10-day clock.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            MandateStatus::Intake | MandateStatus::Search | MandateStatus::Shortlist
        )
    }
}

vocabulary! {
    /// Whether a requirement must be met or merely counts in favour.
    Importance, "importance" {
        /// A candidate who does not meet it is not considered.
        MustHave = "must_have", "Must have";
        /// Counts in a candidate's favour.
        NiceToHave = "nice_to_have", "Nice to have";
    }
}

vocabulary! {
    /// An interviewer's overall recommendation after a vetting interview.
    Recommendation, "recommendation" {
        /// Put forward with conviction.
        Strong = "strong", "Strongly recommend";
        /// Put forward.
        Recommend = "recommend", "Recommend";
        /// Put forward only with reservations.
        Reservations = "reservations", "Recommend with reservations";
        /// Do not put forward.
        DoNotRecommend = "do_not_recommend", "Do not recommend";
    }
}

vocabulary! {
    /// How a referee knows the candidate.
    RefereeRelation, "referee relation" {
        /// Was the candidate's manager (or board chair).
        Manager = "manager", "Manager";
        /// Worked beside the candidate.
        Peer = "peer", "Peer";
        /// Reported to the candidate.
        Report = "report", "Direct report";
        /// Was the client on an assignment.
        Client = "client", "Client";
    }
}

vocabulary! {
    /// A referee's overall verdict.
    Verdict, "verdict" {
        /// Would hire again without hesitation.
        Positive = "positive", "Positive";
        /// Good in parts, with concerns.
        Mixed = "mixed", "Mixed";
        /// Would not hire again.
        Negative = "negative", "Negative";
    }
}

vocabulary! {
    /// The outcome of a qualification decision.
    QualificationOutcome, "qualification outcome" {
        /// Qualified for the network until the decision expires.
        Qualified = "qualified", "Qualified";
        /// Not qualified.
        NotQualified = "not_qualified", "Not qualified";
        /// Decision deferred.
        OnHold = "on_hold", "On hold";
    }
}

vocabulary! {
    /// Where an application to a job posting stands.
    ApplicationStatus, "application status" {
        /// Received; not yet looked at.
        Received = "received", "Received";
        /// Taken into the mandate's pipeline.
        InPipeline = "in_pipeline", "In the pipeline";
        /// Declined by the provider.
        Declined = "declined", "Declined";
        /// Withdrawn by the applicant.
        Withdrawn = "withdrawn", "Withdrawn";
    }
}

vocabulary! {
    /// What a person has consented to their data being used for (GDPR art. 6(1)(a)).
    ConsentPurpose, "consent purpose" {
        /// Being kept in the network and proposed for mandates.
        Network = "network", "Membership of the network";
        /// Being shared with partner networks abroad.
        PartnerSharing = "partner_sharing", "Sharing with partner networks";
        /// Receiving news and the award's announcements.
        Newsletter = "newsletter", "Newsletter";
    }
}
