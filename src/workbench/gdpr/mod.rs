//! The A7 GDPR audit sheet (`sheet` kind): the register, the rule engine, the documents and the screen.

pub mod audit;
pub mod countries;
mod country_names;
pub mod detail;
pub mod fields;
pub mod form_view;
pub mod formats;
pub mod keys;
pub mod model;
pub mod text;
pub mod ui;
pub mod update;
pub mod view;
