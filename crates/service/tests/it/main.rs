//! The application layer's suite, on a fresh SQLite file and a fresh PostgreSQL database
//! (when `INTERIM_TEST_POSTGRES_URL` names a server).

mod feed;
mod intake;
mod jobs;
