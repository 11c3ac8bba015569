//! The interim manager's own page in a real browser: sign in, see the availability calendar and
//! the specialisation charts, save (and so confirm) the availability, filter the job board,
//! apply, add a contact with a reminder, and find the application on the consultant's side.

use crate::browser::{Browser, DEMO_PASSWORD};

#[tokio::test]
async fn the_demo_manager_confirms_availability_on_their_own_page() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.sign_in("manager@interim.demo", DEMO_PASSWORD).await;
    assert_eq!(browser.current_path().await, "/me");
    browser.wait_for("#availability-calendar").await;
    assert!(
        !browser.all("#specialisation svg").await.is_empty(),
        "the specialisation is drawn"
    );
    browser.screenshot("30-manager-home").await;
    let before = browser
        .wait_for("#m-days option[selected]")
        .await
        .attr("value")
        .await
        .expect("attribute")
        .unwrap_or_default();
    let wanted = if before == "3" { "4" } else { "3" };
    browser.select("#m-days", wanted).await;
    browser.click("#save-availability").await;
    let confirmed = browser
        .text_containing("#confirmed-text", "You confirmed it 0 days ago")
        .await;
    assert!(
        confirmed.contains("You confirmed it 0 days ago"),
        "{confirmed}"
    );
    assert_eq!(
        browser
            .wait_for("#m-days option[selected]")
            .await
            .attr("value")
            .await
            .expect("attribute")
            .as_deref(),
        Some(wanted),
        "the new days per week are saved"
    );
    browser.screenshot("31-manager-confirmed").await;

    // The job board: filtered, ranked for them, an application that lands on the pipeline.
    browser.click("nav a[href='/me/jobs']").await;
    browser.wait_for("#job-filters").await;
    let all = browser.all("article.job").await.len();
    assert!(all > 0, "the demo has assignments to apply to");
    browser.fill("#j-q", "interim").await;
    browser.click("#filter-jobs").await;
    // The filtered page has the words in its address; wait for it before reading the list.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !browser.current_path().await.contains("q=interim") {
        assert!(
            std::time::Instant::now() < deadline,
            "the filtered page never loaded"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    browser.wait_for("#jobs-summary").await;
    browser.screenshot("32-job-board").await;
    let first = browser.wait_for("article.job").await;
    let headline = first
        .find(fantoccini::Locator::Css("h2"))
        .await
        .expect("headline")
        .text()
        .await
        .expect("text");
    first
        .find(fantoccini::Locator::Css("summary"))
        .await
        .expect("apply toggle")
        .click()
        .await
        .expect("open");
    first
        .find(fantoccini::Locator::Css("textarea"))
        .await
        .expect("motivation")
        .send_keys("Ran three turnarounds like this one; free from December.")
        .await
        .expect("type");
    first
        .find(fantoccini::Locator::Css("button.apply"))
        .await
        .expect("apply")
        .click()
        .await
        .expect("click");
    let applications = browser
        .text_containing("#application-list", &headline)
        .await;
    assert!(applications.contains(headline.as_str()), "{applications}");
    browser.screenshot("33-applied").await;

    // Their network: the demo's reminder, then a new contact with a keep-in-touch date.
    browser.click("nav a[href='/me/network']").await;
    let due = browser.text("#due").await;
    assert!(due.contains("Kari Lunde"), "{due}");
    browser.fill("#n-name", "Ola Berg").await;
    browser.fill("#n-company", "Fjordkraft AS").await;
    browser.fill("#n-role", "CFO").await;
    browser
        .fill("#n-met", "Board meeting during the refinancing")
        .await;
    let soon = (chrono::Utc::now().date_naive() + chrono::Duration::days(3)).to_string();
    browser.set_value("#n-next", &soon).await;
    browser.click("#add-contact").await;
    let due = browser.text_containing("#due", "Ola Berg").await;
    assert!(due.contains("Ola Berg"), "the new reminder is due: {due}");
    browser.screenshot("34-network").await;

    // Their CV: the demo's is on file; a program renamed to .pdf is refused by its content;
    // a real PDF replaces the demo's.
    browser.goto("/me#cv").await;
    let on_file = browser.text("#cv-on-file").await;
    assert!(on_file.contains("CV.pdf"), "{on_file}");
    let files = tempfile::tempdir().expect("temp dir");
    let program = files.path().join("cv.pdf");
    let mut bytes = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    bytes.resize(2048, 0);
    std::fs::write(&program, bytes).expect("write");
    browser.choose_file("#cv-file", &program).await;
    browser.click("#upload-cv").await;
    let problem = browser.text("#cv-problem").await;
    assert!(problem.contains("Windows program"), "{problem}");
    browser.screenshot("35-cv-refused").await;
    let real = files.path().join("Fresh CV 2026.pdf");
    std::fs::write(
        &real,
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    )
    .expect("write");
    browser.choose_file("#cv-file", &real).await;
    browser.click("#upload-cv").await;
    let on_file = browser
        .text_containing("#cv-on-file", "Fresh CV 2026.pdf")
        .await;
    assert!(on_file.contains("Fresh CV 2026.pdf"), "{on_file}");
    browser.screenshot("36-cv-stored").await;

    // The consultant sees the application on the mandate's pipeline (the demo manager is the
    // network's first interim manager).
    browser.clear_cookies().await;
    browser
        .sign_in("consultant@interim.demo", DEMO_PASSWORD)
        .await;
    browser.goto("/app/candidates/1").await;
    let pipelines = browser.text("#pipelines").await;
    assert!(pipelines.contains("Longlist"), "{pipelines}");
    let cv = browser.text("#cv").await;
    assert!(
        cv.contains("Fresh CV 2026.pdf"),
        "the consultant finds the CV: {cv}"
    );
    browser.finish().await;
}
