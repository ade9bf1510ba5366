//! Helpers shared by the integration tests.

// Every test file compiles this module on its own and uses only part of it: what one file
// leaves unused is not dead code.
#[allow(dead_code)]
pub mod tmux;

#[allow(dead_code)]
pub mod exam;
