//! Network search and the interim manager's profile page.
