//! The interim manager's own page in a real browser: sign in, see the availability calendar and
//! the specialisation charts, save (and so confirm) the availability.

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
    let confirmed = browser.text("#confirmed-text").await;
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
    browser.finish().await;
}
