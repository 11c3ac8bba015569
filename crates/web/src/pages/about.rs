//! `/about/data`: where the product's reference data comes from, with the acknowledgements
//! their licences ask for (ESCO's above all). Public: anyone may read it, signed in or not.

use askama::Template;
use axum::response::Response;

use domain::esco::{ATTRIBUTION, LabelLanguage, esco};

use super::render;

#[derive(Template)]
#[template(path = "about_data.html")]
struct AboutData {
    attribution: &'static str,
    occupations: usize,
    executive: usize,
    nordic: usize,
}

/// `GET /about/data`.
pub(super) async fn data_sources() -> Response {
    let esco = esco();
    let executive = esco
        .in_groups(&["112", "121", "122", "1321", "1324", "133", "134"])
        .count();
    let nordic = esco
        .occupations()
        .iter()
        .filter(|o| o.preferred(LabelLanguage::Nb).is_some())
        .count();
    render(&AboutData {
        attribution: ATTRIBUTION,
        occupations: esco.occupations().len(),
        executive,
        nordic,
    })
}
