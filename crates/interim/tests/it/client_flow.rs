//! Shortlist to placement in a real browser: the consultant presents a shortlist, the client
//! signs in to its portal, compares the candidates blind and asks to meet one, the consultant
//! sees the move at once and places them, and the engine no longer offers that person for the
//! window. Screenshots go to `target/screenshots/`.

use crate::browser::{Browser, DEMO_PASSWORD};

const TITLE: &str = "Interim COO for the plant consolidation";

#[tokio::test]
async fn a_client_compares_a_blind_shortlist_asks_to_meet_and_the_consultant_places() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    // The consultant takes in a mandate for the demo client's company and longlists two.
    browser
        .sign_in("consultant@interim.demo", DEMO_PASSWORD)
        .await;
    browser.goto("/app/mandates/new").await;
    browser.select("#f-client_id", "1").await;
    browser.fill("#f-title", TITLE).await;
    // Typed, not picked: the server files the title itself.
    browser.fill("#f-role", "Driftsdirektør").await;
    browser
        .select("#f-situation", "restructuring_turnaround")
        .await;
    browser
        .fill(
            "#f-current_state",
            "Three plants, two too many; margins down for three years.",
        )
        .await;
    browser.fill("#f-budget_day_rate", "16000").await;
    browser.fill("#f-city", "Oslo").await;
    browser.click("#save-mandate").await;
    browser.wait_for("#clock-text").await;
    let mandate_path = browser.current_path().await;
    browser.click("#open-matches").await;
    browser.click("#include_unvetted").await;
    browser.fill("#rate_tolerance_percent", "100").await;
    browser.click("#apply-filters").await;
    browser
        .wait_for_ranking(&["include_unvetted=on", "rate_tolerance_percent=100"])
        .await;
    browser.wait_for("#match-results .match").await;
    let picks = browser
        .all("#match-results input[name='candidate_id']")
        .await;
    assert!(picks.len() >= 2, "two candidates to longlist");
    for pick in &picks[..2] {
        pick.click().await.expect("tick");
    }
    browser.click("#add-to-longlist").await;
    browser.wait_for("#notice").await;

    // The shortlist: both, each with a rationale.
    for pick in browser.all("#shortlist-form input[name='pick']").await {
        pick.click().await.expect("tick");
    }
    for (i, field) in browser
        .all("#shortlist-form textarea")
        .await
        .into_iter()
        .enumerate()
    {
        field
            .send_keys(&format!(
                "Consolidated plants twice; knows the union agreements (reason {i})."
            ))
            .await
            .expect("type the rationale");
    }
    browser.click("#present-shortlist").await;
    browser.wait_for("#presented-shortlist").await;
    browser.screenshot("20-shortlist-presented").await;

    // The client: its portal, the shortlist blind and side by side.
    browser.clear_cookies().await;
    browser.sign_in("client@interim.demo", DEMO_PASSWORD).await;
    assert_eq!(browser.current_path().await, "/portal");
    browser.wait_for("#portal-mandates").await;
    browser.screenshot("21-portal").await;
    browser
        .click(&format!(
            "#portal-mandates a[href='{}']",
            mandate_path.replace("/app/", "/portal/")
        ))
        .await;
    browser.wait_for("#compare").await;
    let names = browser.all(".presented-name .label").await;
    assert_eq!(names.len(), 2);
    for name in &names {
        let text = name.text().await.expect("text");
        assert!(text.starts_with("Candidate "), "blind: {text}");
    }
    browser.screenshot("22-portal-blind").await;
    browser.click("article.presented button.meet").await;
    browser
        .wait_for("article.presented[data-revealed='true']")
        .await;
    let met_name = browser
        .text("article.presented[data-revealed='true'] .presented-name .label")
        .await;
    assert!(
        !met_name.starts_with("Candidate "),
        "the name is revealed: {met_name}"
    );
    browser.screenshot("23-portal-met").await;

    // The consultant sees it at once, and places them.
    browser.clear_cookies().await;
    browser
        .sign_in("consultant@interim.demo", DEMO_PASSWORD)
        .await;
    browser.goto(&mandate_path).await;
    let said = browser.text("#client-feedback").await;
    assert!(said.contains("asked to meet"), "{said}");
    let card = browser
        .wait_for("[data-stage='client_interview'] .pcard")
        .await;
    let entry = card
        .attr("data-entry-id")
        .await
        .expect("attribute")
        .expect("an entry id");
    browser.screenshot("24-consultant-sees-the-meeting").await;
    browser.select("#p-entry", &entry).await;
    browser.click("#place").await;
    let status = browser.text_containing("h1 .status", "Placed").await;
    assert_eq!(status, "Placed");
    browser.screenshot("25-placed").await;

    // The engine books the window: asked why the placed person is not in the matches, it
    // names the placement.
    browser
        .goto(&format!(
            "{mandate_path}/matches?form=1&kind=interim_leader&include_unvetted=on&rate_tolerance_percent=100&why={}",
            met_name.replace(' ', "+")
        ))
        .await;
    let why = browser.text("#why-answer").await;
    assert!(why.contains("not free from"), "{why}");
    browser.screenshot("26-engine-knows-the-booking").await;
    browser.finish().await;
}
