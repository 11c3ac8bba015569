//! The consultant's dashboard: every open mandate against the 10-day promise (days elapsed,
//! shortlist and placement targets, time in the current stage, at-risk first), the
//! consultant's own mandates first, and how many candidates stand in each pipeline stage.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};

use domain::mandate::{Mandate, PROMISE_DAYS, SHORTLIST_TARGET_DAYS};
use domain::pipeline::PipelineEntry;
use domain::vocabulary::{MandateStatus, PipelineStage};

use service::Records;

use crate::AppState;

use super::{Chrome, PageError, Viewer, days, render};

/// One open mandate on the dashboard.
struct Row {
    id: i64,
    title: String,
    client: String,
    role: String,
    consultant: String,
    own: bool,
    status: &'static str,
    days_elapsed: i64,
    /// The clock bar's fill, 0 to 100 (% of the 10 days).
    clock_percent: i64,
    shortlist: String,
    placement: String,
    in_stage: String,
    at_risk: bool,
    shortlist_overdue: bool,
    active: usize,
    presented: usize,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    chrome: Chrome,
    rows: Vec<Row>,
    own_count: usize,
    at_risk_count: usize,
    status_counts: Vec<(&'static str, usize)>,
    stage_counts: Vec<(&'static str, &'static str, usize)>,
    promise_days: i64,
    shortlist_target: i64,
    /// For administrators: erasure requests waiting (candidate id, name, when, why).
    erasure_requests: Vec<(i64, String, String, String)>,
}

/// When the mandate entered its current status, as far as the records tell: the call for
/// intake, the first longlisting for search, the presentation for a shortlist.
fn stage_since(mandate: &Mandate, pipeline: &[PipelineEntry]) -> DateTime<Utc> {
    match mandate.status {
        MandateStatus::Shortlist => mandate.shortlist_presented_at.unwrap_or(mandate.opened_at),
        MandateStatus::Search => pipeline
            .iter()
            .filter_map(|e| e.history.first().map(|m| m.at))
            .min()
            .unwrap_or(mandate.opened_at),
        _ => mandate.opened_at,
    }
}

/// `GET /app`.
pub(super) async fn dashboard(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let now = state.now();
    let records = Records::new(&state, &viewer.actor);
    let users = records.staff_names().await?;
    let mandates = records.mandates().await?;
    let open: Vec<_> = mandates
        .iter()
        .filter(|m| m.value.status.is_open())
        .map(|m| m.id)
        .collect();
    // Only the names of the companies on the board, not every client's record.
    let mut with_open: Vec<_> = mandates
        .iter()
        .filter(|m| m.value.status.is_open())
        .map(|m| m.value.client_id)
        .collect();
    with_open.sort();
    with_open.dedup();
    let clients = records.client_names(&with_open).await?;
    // Every open mandate's pipeline in one read, not one per row.
    let mut pipelines: HashMap<_, Vec<PipelineEntry>> = HashMap::new();
    for e in records.pipelines_of(&open).await? {
        pipelines
            .entry(e.value.mandate_id)
            .or_default()
            .push(e.value);
    }
    let mut rows = Vec::new();
    let mut stage_totals = [0usize; PipelineStage::ALL.len()];
    let mut status_totals = [0usize; MandateStatus::ALL.len()];
    for m in mandates.iter().filter(|m| m.value.status.is_open()) {
        let mandate = &m.value;
        status_totals[mandate.status.index()] += 1;
        let pipeline = pipelines.remove(&m.id).unwrap_or_default();
        for e in &pipeline {
            stage_totals[e.stage().index()] += 1;
        }
        let clock = mandate.clock(now);
        let shortlist = match clock.days_to_shortlist {
            Some(d) => format!("presented on day {d}"),
            None if clock.shortlist_overdue => format!(
                "overdue by {}",
                days(clock.days_elapsed - SHORTLIST_TARGET_DAYS)
            ),
            None => format!(
                "due in {}",
                days(SHORTLIST_TARGET_DAYS - clock.days_elapsed)
            ),
        };
        let placement = if clock.days_elapsed >= PROMISE_DAYS {
            format!(
                "past the promise by {}",
                days(clock.days_elapsed - PROMISE_DAYS)
            )
        } else {
            format!("{} left", days(PROMISE_DAYS - clock.days_elapsed))
        };
        let in_stage = days((now - stage_since(mandate, &pipeline)).num_days().max(0));
        rows.push(Row {
            id: m.id.0,
            title: mandate.title.to_string(),
            client: clients.get(&mandate.client_id).cloned().unwrap_or_default(),
            role: mandate.role.title().to_owned(),
            consultant: mandate
                .consultant_id
                .and_then(|u| users.get(&u).cloned())
                .unwrap_or_else(|| "unassigned".to_owned()),
            own: mandate.consultant_id == Some(viewer.actor.user_id),
            status: mandate.status.label(),
            days_elapsed: clock.days_elapsed,
            clock_percent: (clock.days_elapsed * 100 / PROMISE_DAYS).clamp(0, 100),
            shortlist,
            placement,
            in_stage,
            at_risk: clock.at_risk,
            shortlist_overdue: clock.shortlist_overdue,
            active: pipeline.iter().filter(|e| !e.stage().is_closed()).count(),
            presented: pipeline
                .iter()
                .filter(|e| {
                    matches!(
                        e.stage(),
                        PipelineStage::Presented
                            | PipelineStage::ClientInterview
                            | PipelineStage::Offered
                    )
                })
                .count(),
        });
    }
    let mut erasure_requests = Vec::new();
    if viewer.actor.role == domain::user::UserRole::Admin {
        for (_, id, at, reason, name) in records.erasure_requests().await? {
            erasure_requests.push((id.0, name, super::moment(at), reason));
        }
    }
    // Own mandates first; within each group the ones at risk, then the oldest.
    rows.sort_by_key(|r| (!r.own, !r.at_risk, -r.days_elapsed, r.id));
    let page = DashboardPage {
        chrome: viewer.chrome("dashboard"),
        own_count: rows.iter().filter(|r| r.own).count(),
        at_risk_count: rows.iter().filter(|r| r.at_risk).count(),
        rows,
        status_counts: MandateStatus::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| (s.label(), status_totals[s.index()]))
            .collect(),
        stage_counts: PipelineStage::ALL
            .iter()
            .map(|s| (s.code(), s.label(), stage_totals[s.index()]))
            .collect(),
        promise_days: PROMISE_DAYS,
        shortlist_target: SHORTLIST_TARGET_DAYS,
        erasure_requests,
    };
    Ok(render(&page))
}
