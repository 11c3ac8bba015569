//! The store suite: every test runs once against a fresh SQLite file and once against a fresh
//! PostgreSQL database (when `INTERIM_TEST_POSTGRES_URL` names a server).

mod harness;

mod access;
mod baseline;
mod candidates;
mod cv_files;
mod feed;
mod jobs;
mod mandates;
mod roles_migration;
mod users;
