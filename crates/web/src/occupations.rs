//! `GET /api/v1/occupations?q=TITLE&limit=5`: the ESCO occupations a free-text job title
//! names, ranked with a confidence, for signed-in staff and interim managers. Its
//! `OccupationsJson` is also what `interim occupations --format json` prints.

use std::collections::HashMap;

use axum::extract::{Query, State};
use serde::Serialize;
use utoipa::ToSchema;

use domain::titles::TitleMatch;
use service::{Actor, Records};

use crate::AppState;
use crate::api::{int_param, known_params};
use crate::error::{Error, ErrorBody};

/// The occupations a title names, best first.
#[derive(Debug, Serialize, ToSchema)]
pub struct OccupationsJson {
    /// Best first.
    pub results: Vec<OccupationJson>,
}

/// One occupation a title names.
#[derive(Debug, Serialize, ToSchema)]
pub struct OccupationJson {
    /// The ESCO occupation's URI.
    pub uri: String,
    /// Its ISCO-08 unit group, four digits.
    pub isco_code: &'static str,
    /// Its English preferred label.
    pub label: &'static str,
    /// The label the title matched.
    pub matched_label: &'static str,
    /// That label's language: `en`, `nb`, `sv` or `da`.
    pub language: &'static str,
    /// How sure, 0 to 1: 1 when the title is written exactly as one of its labels.
    #[schema(minimum = 0, maximum = 1)]
    pub confidence: f32,
}

impl OccupationsJson {
    /// The answer for `matches`, best first.
    pub fn of(matches: &[TitleMatch]) -> Self {
        Self {
            results: matches
                .iter()
                .map(|m| OccupationJson {
                    uri: m.occupation.uri(),
                    isco_code: m.occupation.isco,
                    label: m.occupation.label(),
                    matched_label: m.matched_label,
                    language: m.language.code(),
                    confidence: (m.confidence * 1000.0).round() / 1000.0,
                })
                .collect(),
        }
    }
}

/// `GET /api/v1/occupations?q=&limit=`.
#[utoipa::path(get, path = "/api/v1/occupations", tag = "network",
    params(("q" = String, Query, min_length = 1, max_length = 200, description = "A job title as written, in English, Norwegian, Swedish or Danish"),
        ("limit" = Option<i64>, Query, minimum = 1, maximum = 50, description = "1 to 50, default 5")),
    responses((status = 200, body = OccupationsJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn occupations(
    State(state): State<AppState>,
    actor: Actor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<axum::Json<OccupationsJson>, Error> {
    known_params(&params, &["q", "limit"])?;
    let limit = int_param(&params, "limit", 1..=50)
        .map_err(Error::BadRequest)?
        .unwrap_or(5) as usize;
    let title = params.get("q").map(String::as_str).unwrap_or_default();
    let matches = Records::new(&state, &actor).occupations(title, limit)?;
    Ok(axum::Json(OccupationsJson::of(&matches)))
}

/// The ESCO occupation a stored title is filed under, as the API shows it beside the title.
#[derive(Debug, Serialize, ToSchema)]
pub struct FiledJson {
    /// The ESCO occupation's URI.
    pub uri: String,
    /// Its ISCO-08 unit group, four digits.
    pub isco_code: &'static str,
    /// Its English preferred label.
    pub label: &'static str,
}

impl FiledJson {
    /// The occupation, if the title is filed under one.
    pub fn of(occupation: Option<domain::esco::OccupationId>) -> Option<Self> {
        occupation.map(|o| {
            let o = o.get();
            Self {
                uri: o.uri(),
                isco_code: o.isco,
                label: o.label(),
            }
        })
    }
}
