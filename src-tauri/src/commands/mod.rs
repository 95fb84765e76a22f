//! Thin Tauri commands, one module per feature area: unpack arguments, call the store, map errors.

pub mod app;
pub mod applications;
pub mod candidates;
pub mod export;
pub mod imports;
pub mod interviews;
pub mod job_description;
pub mod offers;
pub mod people;
pub mod profiles;
pub mod roles;
pub mod scheduling;
pub mod scorecards;
pub mod search;
