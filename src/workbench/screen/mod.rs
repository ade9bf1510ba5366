//! What every kind's screen shares with the shell: the state an update works on
//! (`Session`: screen, panels, dialogs, edit targets, effects, status, undo) and the part of it
//! a kind's update and drawing reach (`BenchCx`, `BenchView`), actions and key
//! bindings, layout, theme, the panels' frame and the detail popup. The shell in `tui/`
//! drives these and the kinds use them; nothing here reads the terminal or the disk.

pub mod bench_cx;
pub mod detail;
pub mod edit_target;
pub mod keymap;
pub mod layout;
pub mod panels;
pub mod review_keys;
pub mod session;
pub mod shell_keys;
pub mod theme;
