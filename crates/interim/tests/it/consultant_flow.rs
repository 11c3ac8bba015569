//! The consultant's day in a real browser: sign in, take in a mandate (a refused submission
//! first), open its ranked matches, change a filter and see the list change, put two people on
//! the longlist, move one with a reason (a rejection without one is refused), and find the
//! dashboard, the network search and a profile reflecting it. Screenshots of every page go to
//! `target/screenshots/`.

use std::time::{Duration, Instant};

use crate::browser::{Browser, DEMO_PASSWORD};

/// Polls `check` until it holds, for up to 10 s.
async fn eventually(browser: &Browser, what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what} did not happen {}", browser.context().await);
}

/// The candidate ids of the ranked list, in order.
async fn ranked_ids(browser: &Browser) -> Vec<String> {
    let mut ids = Vec::new();
    for row in browser.all("#match-results .match").await {
        ids.push(
            row.attr("data-candidate-id")
                .await
                .expect("attribute")
                .unwrap_or_default(),
        );
    }
    ids
}

#[tokio::test]
async fn a_consultant_takes_a_mandate_from_intake_to_a_moving_pipeline() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser
        .sign_in("consultant@interim.demo", DEMO_PASSWORD)
        .await;
    browser.wait_for("#mandates").await;
    let open_before = browser.all("#mandates tr[data-mandate-id]").await.len();
    browser.screenshot("10-dashboard").await;

    // Intake: a submission with a blank title and an impossible on-site week is refused, each
    // problem next to its field, and what was typed stays.
    browser.click("nav a[href='/app/mandates/new']").await;
    browser.wait_for("#mandate-form").await;
    browser.select("#f-client_id", "1").await;
    // The role is typed as the client said it; the type-ahead offers ESCO occupations and
    // the consultant picks one.
    browser.fill("#f-role", "Konstituert økonomisjef").await;
    let suggestion = browser
        .text_containing("#f-role-suggestions .suggestion", "financial manager")
        .await;
    assert!(suggestion.contains("ISCO 1211"), "{suggestion}");
    browser.screenshot("10b-role-suggestions").await;
    browser
        .click("#f-role-suggestions li:first-child .suggestion")
        .await;
    let picked = browser
        .wait_for("#f-role-uri")
        .await
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default();
    assert!(
        picked.starts_with("http://data.europa.eu/esco/occupation/"),
        "picking a suggestion files the title: '{picked}'"
    );
    browser
        .select("#f-situation", "restructuring_turnaround")
        .await;
    browser
        .fill(
            "#f-current_state",
            "Two years of losses; the bank wants a credible plan by spring.",
        )
        .await;
    browser
        .fill(
            "#f-goals",
            "Refinance, cut working capital, restore margins.",
        )
        .await;
    browser.fill("#f-budget_day_rate", "15000").await;
    browser.fill("#f-city", "Oslo").await;
    browser.fill("#f-on_site_days", "9").await;
    browser.fill("#rv-0", "no").await;
    browser.select("#rk-0", "language").await;
    browser.select("#rl-0", "c1").await;
    browser.click("#save-mandate").await;
    browser.wait_for("#form-problems").await;
    assert!(
        !browser
            .text(".field-error[data-field='title']")
            .await
            .is_empty(),
        "the blank title is refused by name"
    );
    assert!(
        !browser
            .text(".field-error[data-field='on_site_days']")
            .await
            .is_empty(),
        "the on-site days are refused by name"
    );
    let kept = browser
        .wait_for("#f-current_state")
        .await
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default();
    assert!(kept.contains("Two years of losses"), "what was typed stays");
    browser.screenshot("11-intake-refused").await;

    browser
        .fill("#f-title", "Interim CFO for the refinancing")
        .await;
    browser.fill("#f-on_site_days", "4").await;
    browser.click("#save-mandate").await;
    let clock = browser.text("#clock-text").await;
    assert!(clock.starts_with("Day 0 of 10"), "{clock}");
    let mandate_url = browser.current_path().await;
    let filed = browser.text("#role-occupation").await;
    assert!(
        filed.contains("financial manager") && filed.contains("confirmed"),
        "the mandate shows the title as typed and its ESCO occupation: {filed}"
    );
    browser.screenshot("12-mandate").await;

    // Ranked matches, then a filter that changes the list, re-ranked by the page's script.
    browser.click("#open-matches").await;
    browser.wait_for("#match-results .match").await;
    let first_list = ranked_ids(&browser).await;
    assert!(first_list.len() >= 2, "at least two matches");
    let first_summary = browser.text("#match-summary").await;
    browser.screenshot("13-matches").await;
    browser.fill("#max_distance_km", "40").await;
    browser.click("#include_unvetted").await;
    browser
        .wait_for_ranking(&["max_distance_km=40", "include_unvetted=on"])
        .await;
    eventually(&browser, "the list re-ranking", async || {
        browser.text("#match-summary").await != first_summary
    })
    .await;
    assert!(
        browser.current_path().await.contains("max_distance_km=40"),
        "the address keeps the filters"
    );
    browser.screenshot("14-matches-filtered").await;

    // Two on the longlist.
    let picks = browser
        .all("#match-results input[name='candidate_id']")
        .await;
    assert!(picks.len() >= 2, "two candidates to tick");
    for pick in &picks[..2] {
        pick.click().await.expect("tick");
    }
    browser.click("#add-to-longlist").await;
    let notice = browser.text("#notice").await;
    assert!(notice.contains("2 added to the longlist"), "{notice}");
    let longlist = browser.all("[data-stage='longlist'] .pcard").await.len();
    assert_eq!(longlist, 2);
    browser.screenshot("15-longlist").await;

    // A rejection without a reason is refused on the card; a move with a reason goes through.
    let card = "[data-stage='longlist'] .pcard:first-of-type";
    browser
        .select(&format!("{card} select[name='to']"), "rejected")
        .await;
    browser
        .click(&format!("{card} button[type='submit']"))
        .await;
    let refusal = browser.text(".pcard.has-error .field-error").await;
    assert!(refusal.contains("say why"), "{refusal}");
    browser
        .select(&format!("{card} select[name='to']"), "contacted")
        .await;
    browser
        .fill(
            &format!("{card} input[name='reason']"),
            "Called; interested and free from January",
        )
        .await;
    browser
        .click(&format!("{card} button[type='submit']"))
        .await;
    browser.wait_for("[data-stage='contacted'] .pcard").await;
    assert_eq!(browser.all("[data-stage='longlist'] .pcard").await.len(), 1);
    let history = browser
        .text("[data-stage='contacted'] .pcard details summary")
        .await;
    assert!(history.contains("History (2)"), "{history}");
    browser.screenshot("16-pipeline").await;

    // The dashboard shows the new mandate searching with two in its pipeline.
    browser.goto("/app").await;
    let rows = browser.all("#mandates tr[data-mandate-id]").await;
    assert_eq!(rows.len(), open_before + 1, "one more open mandate");
    let id = mandate_url.trim_start_matches("/app/mandates/");
    let row = browser
        .text(&format!("#mandates tr[data-mandate-id='{id}']"))
        .await;
    assert!(row.contains("Search"), "{row}");
    assert!(row.contains("Interim CFO for the refinancing"), "{row}");
    browser.screenshot("17-dashboard-after").await;

    // Network search and a profile.
    browser.click("nav a[href='/app/network']").await;
    browser.select("#s-language", "no").await;
    browser.click("#search-network").await;
    let summary = browser.text("#search-summary").await;
    assert!(summary.contains("match"), "{summary}");
    browser.screenshot("18-network").await;
    browser
        .click("#network-results tbody tr:first-child a")
        .await;
    browser.wait_for("#availability-calendar").await;
    browser.screenshot("19-profile").await;
    browser.finish().await;
}

/// An admin brings a partner's export in on the import page: the file is uploaded, each
/// column shown with the field it is read into, the import runs in the background and its
/// report names the bad row; two people with one name in one city wait as a possible
/// duplicate, compared side by side and merged.
#[tokio::test]
async fn an_admin_imports_an_export_and_a_consultant_merges_the_duplicate_it_brought() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let export = dir.path().join("nordnett-export.csv");
    std::fs::write(
        &export,
        "\u{feff}Navn;E-post;Telefon;Poststed;Dagpris;Stilling;Arbeidsgiver;Fødselsår\r\n\
         Ragnhild Sæther;ragnhild.saether@nordnett.example;+47 900 11 222;Bergen;12500;Økonomisjef;Hydro ASA;1971\r\n\
         Ragnhild Sæther;r.saether@privat.example;;Bergen;12000;Konstituert økonomisjef;Hydro;1971\r\n\
         Tor Aasen;tor.aasen@nordnett.example;;Oslo;13000;HR-direktør;Telenor;1969\r\n\
         Per Vik;not-an-email;;Oslo;9000;Controller;Equinor;1975\r\n",
    )
    .expect("write the export");

    browser.sign_in("admin@interim.demo", DEMO_PASSWORD).await;
    browser.click("nav a[href='/app/imports']").await;
    browser.wait_for("#upload-import").await;
    browser.choose_file("#import-file", &export).await;
    browser.click("#upload").await;
    browser.wait_for("#mapping").await;
    assert!(
        browser
            .text("#mapping")
            .await
            .contains("ragnhild.saether@nordnett.example"),
        "the first rows are shown beside the mapping"
    );
    browser.fill("#import-source", "Nordnett").await;
    browser.screenshot("16-import-mapping").await;
    browser.click("#start").await;
    // The page follows the background job until its report is in.
    let created = browser
        .text_containing("#import-report #created", "3")
        .await;
    assert_eq!(created.trim(), "3", "{}", browser.context().await);
    let lines = browser.text("#report-lines").await;
    assert!(
        lines.contains("row 5, E-post: 'not-an-email' is not an e-mail address"),
        "{lines}"
    );
    assert!(
        browser.text("#import-report").await.contains("1 to review"),
        "one pair waits for review"
    );
    browser.screenshot("17-import-report").await;

    browser.click("nav a[href='/app/duplicates']").await;
    let queue = browser.text("#duplicates").await;
    assert!(
        queue.contains("Ragnhild Sæther") && queue.contains("both live in Bergen"),
        "{queue}"
    );
    // The demo's own pair is older: the import's is the last row.
    browser.click("#duplicates tr:last-child a.button").await;
    let reasons = browser.text("#reasons").await;
    assert!(
        reasons.contains("both born in 1971") && reasons.contains("both worked at Hydro"),
        "{reasons}"
    );
    browser.screenshot("18-duplicates-side-by-side").await;
    let keep = browser.all(".compare-side form button").await;
    keep[0].click().await.expect("merge, keeping the first");
    browser.wait_for("#track-record").await;
    let roles = browser.text("#track-record").await;
    assert!(
        roles.contains("Økonomisjef") && roles.contains("Konstituert økonomisjef"),
        "both records' roles are on the survivor: {roles}"
    );
    browser.screenshot("19-merged-profile").await;
    browser.finish().await;
}
