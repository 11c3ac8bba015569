//! The HTTP API in process (`tower::ServiceExt::oneshot` on `web::app`), against a fresh SQLite
//! file and, when a server is configured, a fresh PostgreSQL database: the access matrix for
//! every route and role, sessions, CSRF, throttling and bad input; and the connection loop
//! over a real socket.

pub mod access_matrix;
mod blind;
mod harness;
mod intake;
mod layers;
mod occupations;
mod openapi;
mod own;
mod pages;
mod readiness;
mod selection;
mod serving;
mod sessions;
mod workflow;
