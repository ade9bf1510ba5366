//! What the A1 workbench asks the shell to do: write its files, run the program or the
//! sketch in a worker, stop a run. The shell carries them out (`tui/code_shell.rs`).

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeEffect {
    /// Write the exercise's code files from the answer's mirror (debounced by the shell).
    WriteCodeFiles { exercise: String },
    /// Run the program and its visible tests in a worker, in the background.
    RunProgram { exercise: String },
    /// Run the sketch in a worker, in the background.
    RunSketch { exercise: String },
    /// Stop the run under way.
    CancelRun,
}
