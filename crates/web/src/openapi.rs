//! The OpenAPI 3 description of the API, generated from the handlers' annotations and served
//! at `/api/v1/openapi.json`. A test compares it with the route table, so a route cannot be
//! added without being described.

use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api;
use crate::error::ErrorBody;
use crate::matches;
use crate::{own, selection, workflow};

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "Interim API", version = "1", description = "The JSON API of Interim. Errors are ErrorBody with a stable code; someone else's record answers 404."),
    paths(
        api::sign_in, api::sign_out, api::me, api::list_tokens, api::create_token, api::revoke_token,
        api::list_candidates, api::get_candidate, api::set_availability, api::list_mandates, api::get_mandate,
        matches::get_matches, api::read_audit, api::list_jobs, openapi_json,
        crate::occupations::occupations, crate::intake::create_candidate,
        crate::intake::possible_duplicates, crate::intake::merge_pair, crate::intake::keep_apart,
        crate::intake::merge_into,
        workflow::create_mandate, workflow::update_mandate, workflow::pipeline, workflow::longlist, workflow::move_entry,
        workflow::clients, workflow::client, workflow::users, workflow::create_user,
        workflow::create_client, workflow::update_client, workflow::add_contact, workflow::update_user,
        selection::vetting, selection::record_interview, selection::record_reference, selection::decide,
        selection::shortlist, selection::present_shortlist, selection::feedback, selection::give_feedback,
        selection::place, selection::evaluate, selection::placements,
        own::edit_profile, own::postings, own::publish, own::apply, own::applications, own::contacts,
        own::add_contact, own::export, own::request_erasure, own::upload_cv, own::download_cv, own::delete_cv,
    ),
    components(schemas(ErrorBody, api::ClientCandidateJson)),
    modifiers(&Security),
    security(("session" = []), ("token" = [])),
)]
#[derive(Debug)]
pub struct ApiDoc;

/// The two ways to be signed in.
struct Security;

impl Modify for Security {
    fn modify(&self, spec: &mut utoipa::openapi::OpenApi) {
        let components = spec.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::SESSION_COOKIE,
                "Set by POST /api/v1/session; unsafe requests also need the X-CSRF-Token header",
            ))),
        );
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token from POST /api/v1/tokens"))
                    .build(),
            ),
        );
    }
}

/// `GET /api/v1/openapi.json`: this description.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta", security(()), responses((status = 200, description = "The OpenAPI 3 document")))]
pub(crate) async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
