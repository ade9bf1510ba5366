//! Drawing the review: the title band (read-only mark, integrity warning on every screen),
//! the grading marks of the home list, the home details, and the grading panel shown beside
//! each exercise in place of the brief. Pure functions of `&App`.

use crate::case::Exercise;
use crate::exam::examiner::{self, AutoCheck, FlawMatch, Unavailable};
use crate::exam::grading::{Decision, Outcome, BLOCS};
use crate::i18n::review::ReviewText;
use crate::i18n::{self, Text};
use crate::tui::app::App;
use crate::tui::keymap::{self, Binding, Mode};
use crate::tui::review_marks::{
    group_line, history_lines, level_lines, markers_lines, other_marks, rule_lines,
};
use crate::tui::view::bloc_title;
use crate::workbench::screen::panels::{bordered, markdown_lines};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

/// The keys a review adds to a screen's own (the grading panel and text fields have theirs).
pub fn review_keys(app: &App, mode: Mode) -> &'static [Binding] {
    let adds = app.review.is_some()
        && !matches!(
            mode,
            Mode::Grading | Mode::TextField | Mode::NotesEditing | Mode::Help | Mode::Review
        );
    if adds {
        keymap::bindings(Mode::Review)
    } else {
        &[]
    }
}

/// The title band of a review. A bundle failing verification turns it into a warning.
pub fn render_title(app: &App, frame: &mut Frame, area: Rect) {
    let Some(review) = &app.review else {
        return;
    };
    if let Err(reason) = &review.integrity {
        let text = format!(
            " {}{}{} ",
            app.t(Text::Review(ReviewText::IntegrityFailed)),
            colon(app),
            i18n::printable(reason)
        );
        frame.render_widget(
            Paragraph::new(text).style(app.session.theme.error.add_modifier(Modifier::REVERSED)),
            area,
        );
        return;
    }
    let mut spans = vec![
        Span::styled(
            format!(" {} ", app.t(Text::Review(ReviewText::ReviewReadOnly))),
            app.session.theme.key,
        ),
        Span::raw(" "),
        Span::styled(
            i18n::printable(&app.session.workspace.candidate),
            app.session.theme.title,
        ),
        Span::styled(" · ", app.session.theme.dim),
        Span::raw(i18n::printable(&review.bundle_name)),
    ];
    if review.stale {
        spans.push(Span::styled(
            format!("  {}", app.t(Text::Review(ReviewText::GradesStale))),
            app.session.theme.warn,
        ));
    } else if let Some((exercise, _)) = app.current_exercise() {
        spans.push(Span::styled(" · ", app.session.theme.dim));
        spans.push(Span::styled(
            format!("{} {}", exercise.id, exercise.title),
            app.session.theme.accent,
        ));
    }
    let saved = if review.dirty {
        Span::styled(
            format!(" ● {} ", app.t(Text::Review(ReviewText::GradesUnsaved))),
            app.session.theme.warn,
        )
    } else {
        Span::styled(
            format!(" ✓ {} ", app.t(Text::Review(ReviewText::GradesSaved))),
            app.session.theme.ok,
        )
    };
    let [left, right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(30)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(Line::from(saved)).right_aligned(), right);
}

/// A colon as each language writes it.
pub(crate) fn colon(app: &App) -> &'static str {
    match app.session.lang {
        crate::i18n::Lang::Fr => " : ",
        crate::i18n::Lang::En => ": ",
    }
}

/// The failed verification, explained, at the top of the review's panels.
fn integrity_lines(app: &App) -> Vec<Line<'static>> {
    match app.review.as_ref().map(|r| &r.integrity) {
        Some(Err(_)) => vec![
            Line::styled(
                app.t(Text::Review(ReviewText::IntegrityFailedHint)),
                app.session.theme.error,
            ),
            Line::raw(""),
        ],
        _ => Vec::new(),
    }
}

pub(crate) fn decision_span(app: &App, decision: Option<Decision>) -> Span<'static> {
    match decision {
        Some(Decision::Validated) => Span::styled(
            format!("✔ {}", app.t(Text::Review(ReviewText::Validated))),
            app.session.theme.ok,
        ),
        Some(Decision::NotValidated) => Span::styled(
            format!("✘ {}", app.t(Text::Review(ReviewText::NotValidated))),
            app.session.theme.error,
        ),
        None => Span::styled(
            format!("· {}", app.t(Text::Review(ReviewText::Undecided))),
            app.session.theme.dim,
        ),
    }
}

fn outcome_span(app: &App, outcome: Outcome) -> Span<'static> {
    match outcome {
        Outcome::Obtained => Span::styled("✔", app.session.theme.ok),
        Outcome::NotObtained => Span::styled("✘", app.session.theme.error),
        Outcome::Pending => Span::styled("…", app.session.theme.dim),
    }
}

/// The grading marks after an exercise's title in the home list.
pub fn home_marks(app: &App, exercise: &Exercise) -> Vec<Span<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let score = review.grades.score(exercise);
    let (mark, style) = match review.grades.decision(&exercise.id) {
        Some(Decision::Validated) => ("✔", app.session.theme.ok),
        Some(Decision::NotValidated) => ("✘", app.session.theme.error),
        None => ("·", app.session.theme.dim),
    };
    let mut spans = vec![Span::styled(format!("{mark} "), style)];
    if score.scored > 0 {
        spans.push(Span::styled(format!("{score} "), app.session.theme.accent));
    }
    spans
}

/// Progress across the bundle, the blocs and the certification, in two lines.
fn progress_lines(app: &App) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let (decided, total) = review.grades.progress(&app.session.case);
    let mut blocs = vec![Span::styled(
        format!("{} ", app.t(Text::Bloc)),
        app.session.theme.dim,
    )];
    for bloc in BLOCS {
        blocs.push(Span::raw(format!("{bloc} ")));
        blocs.push(outcome_span(
            app,
            review.grades.bloc(&app.session.case, bloc),
        ));
        blocs.push(Span::raw("  "));
    }
    blocs.push(Span::styled(
        format!("{} ", app.t(Text::Review(ReviewText::Certification))),
        app.session.theme.dim,
    ));
    let certification = if review.integrity.is_err() {
        Outcome::NotObtained
    } else {
        review.grades.certification(&app.session.case)
    };
    blocs.push(outcome_span(app, certification));
    vec![
        Line::from(vec![
            Span::styled(
                format!(
                    "{decided}/{total} {}",
                    app.t(Text::Review(ReviewText::Decided))
                ),
                app.session.theme.accent,
            ),
            Span::styled(
                format!(
                    "  · {}{}{}",
                    app.t(Text::Review(ReviewText::Examiner)),
                    colon(app),
                    review.examiner
                ),
                app.session.theme.dim,
            ),
        ]),
        Line::from(blocs),
    ]
}

/// The home screen's right pane in a review: the exercise's findings and grading.
pub fn render_home_details(app: &App, frame: &mut Frame, area: Rect, exercise: &Exercise) {
    let Some(review) = &app.review else {
        return;
    };
    let block = bordered(
        app,
        format!(" {} ", app.t(Text::Review(ReviewText::Grading))),
        false,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = integrity_lines(app);
    lines.extend(progress_lines(app));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("{} — {}", exercise.id, exercise.title),
        app.session.theme.title,
    ));
    lines.push(Line::styled(
        bloc_title(app.session.lang, exercise.bloc),
        app.session.theme.dim,
    ));
    lines.extend(group_line(app, exercise));
    let score = review.grades.score(exercise);
    lines.push(Line::from(vec![
        Span::styled(
            format!(
                "{}{}",
                app.t(Text::Review(ReviewText::Decision)),
                colon(app)
            ),
            app.session.theme.dim,
        ),
        decision_span(app, review.grades.decision(&exercise.id)),
        Span::styled(
            format!("   {score} ({}/{})", score.scored, score.criteria),
            app.session.theme.accent,
        ),
    ]));
    lines.push(Line::raw(""));
    lines.extend(findings_lines(app, exercise));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        app.t(Text::EnterToOpen),
        app.session.theme.accent,
    ));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn findings_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(report) = app.report(&exercise.id) {
        lines.push(Line::styled(
            format!(
                "{} · {}",
                app.t(Text::Findings),
                i18n::status_label(app.session.lang, report.status)
            ),
            app.session.theme.heading,
        ));
        if report.findings.is_empty() {
            lines.push(Line::styled(app.t(Text::NoFindings), app.session.theme.ok));
        }
        for finding in &report.findings {
            lines.push(Line::raw(format!(
                "• {}",
                finding.message(app.session.lang)
            )));
        }
    }
    lines
}

/// The grading panel beside an exercise: rubric with scores and comments, decision,
/// progress, the checks' findings and the examiner-only material.
pub fn render_grading(app: &App, frame: &mut Frame, area: Rect, exercise: &Exercise, scroll: u16) {
    let Some(review) = &app.review else {
        return;
    };
    let focused = review.grading;
    let title = format!(
        " {} · {} ",
        app.t(Text::Review(ReviewText::Grading)),
        exercise.id
    );
    let block = bordered(app, title, focused);
    let score = review.grades.score(exercise);
    let mut lines = integrity_lines(app);
    lines.extend([Line::from(vec![
        Span::styled(
            format!(
                "{}{}",
                app.t(Text::Review(ReviewText::Decision)),
                colon(app)
            ),
            app.session.theme.dim,
        ),
        decision_span(app, review.grades.decision(&exercise.id)),
        Span::styled(
            format!("   {score} ({}/{})", score.scored, score.criteria),
            app.session.theme.accent,
        ),
    ])]);
    lines.extend(group_line(app, exercise));
    lines.extend(rule_lines(app, exercise));
    lines.push(Line::raw(""));
    lines.extend(markers_lines(app, exercise));
    let gaps = if review.sees_others(&exercise.id) {
        review.to_save().gaps(exercise)
    } else {
        Vec::new()
    };
    let selected = review
        .criterion
        .min(exercise.rubric.len().saturating_sub(1));
    for (index, criterion) in exercise.rubric.iter().enumerate() {
        let grade = review.grades.criterion(exercise, index);
        let value = grade
            .and_then(|g| g.score)
            .map_or("–".to_string(), |s| s.to_string());
        let style = if focused && index == selected {
            app.session.theme.selected
        } else {
            app.session.theme.base
        };
        let pointer = if index == selected { "▶" } else { " " };
        let mut spans = vec![
            Span::styled(format!("{pointer} {value}/{} ", criterion.scale), style),
            Span::styled(
                format!("[{}] ", criterion.competence),
                app.session.theme.dim,
            ),
            Span::styled(criterion.text.clone(), style),
        ];
        spans.extend(other_marks(app, exercise, index, &gaps));
        lines.push(Line::from(spans));
        if !criterion.expectations.trim().is_empty() {
            lines.push(Line::styled(
                format!("    {}", criterion.expectations.trim()),
                app.session.theme.dim,
            ));
        }
        if let Some(comment) = grade.map(|g| g.comment.trim()).filter(|c| !c.is_empty()) {
            lines.push(Line::styled(
                format!("    « {comment} »"),
                app.session.theme.accent,
            ));
        }
        if index == selected {
            lines.extend(level_lines(app, criterion, grade.and_then(|g| g.score)));
            if review.show_history {
                lines.extend(history_lines(app, &exercise.id, &criterion.id));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.extend(progress_lines(app));
    lines.push(Line::raw(""));
    lines.extend(findings_lines(app, exercise));
    lines.push(Line::raw(""));
    lines.extend(examiner_lines(app, exercise));
    lines.push(Line::raw(""));
    lines.extend(file_lines(app, exercise));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// The files the bundle holds for this exercise (A1's program and sketch), as handed in.
fn file_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let prefix = format!("{}/", exercise.id);
    let mut lines = Vec::new();
    for (name, bytes) in review.files.range(prefix.clone()..) {
        if !name.starts_with(&prefix) {
            break;
        }
        lines.push(Line::styled(
            format!(
                "{} · {}",
                app.t(Text::Review(ReviewText::HandedIn)),
                i18n::printable(name)
            ),
            app.session.theme.heading,
        ));
        let text = String::from_utf8_lossy(bytes);
        lines.extend(text.lines().map(|l| Line::raw(l.replace('\t', "    "))));
        lines.push(Line::raw(""));
    }
    lines
}

/// Most lines of one test's output shown in the panel.
const OUTPUT_LINES: usize = 6;

/// What a program printed during a hidden test, under the test: a few lines, controls
/// removed, "…" when there is more.
fn output_lines(app: &App, label: ReviewText, text: &str) -> Vec<Line<'static>> {
    let text = i18n::printable_lines(text);
    let all: Vec<&str> = text.trim_end().lines().collect();
    if all.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::styled(
        format!(
            "    {}{}",
            app.t(Text::Review(label)),
            colon(app).trim_end()
        ),
        app.session.theme.dim,
    )];
    for line in all.iter().take(OUTPUT_LINES) {
        lines.push(Line::raw(format!("      {}", line.replace('\t', "    "))));
    }
    if all.len() > OUTPUT_LINES {
        lines.push(Line::styled("      …", app.session.theme.dim));
    }
    lines
}

fn unavailable_text(app: &App, why: Unavailable) -> &'static str {
    match why {
        Unavailable::NoRunner => app.t(Text::Review(ReviewText::NoRunner)),
    }
}

fn examiner_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let Some(file) = &review.examiner_file else {
        let text = review
            .examiner_problem
            .clone()
            .unwrap_or_else(|| app.t(Text::Review(ReviewText::NoExaminerFile)).to_string());
        return vec![Line::styled(text, app.session.theme.warn)];
    };
    let Some(material) = file.exercises.get(&exercise.id) else {
        return Vec::new();
    };
    let answer = app.session.workspace.answer(&exercise.id);
    let mut lines = Vec::new();
    for check in examiner::automated(material, exercise, answer, &review.files) {
        match check {
            AutoCheck::HiddenTests { tests, unavailable } => match &review.hidden_run {
                Some(Ok(run)) => {
                    let report = &run.report;
                    let passed = report.tests.iter().filter(|t| t.passed).count();
                    lines.push(Line::styled(
                        format!(
                            "{} · {passed}/{} {}",
                            app.t(Text::Review(ReviewText::HiddenTests)),
                            report.tests.len(),
                            app.t(Text::Review(ReviewText::TestsPassed))
                        ),
                        app.session.theme.heading,
                    ));
                    for (i, test) in report.tests.iter().enumerate() {
                        if test.passed {
                            lines.push(Line::styled(
                                format!("✔ {}", test.name),
                                app.session.theme.ok,
                            ));
                        } else {
                            lines.push(Line::styled(
                                format!("✘ {}", test.name),
                                app.session.theme.error,
                            ));
                            lines.push(Line::raw(format!(
                                "    {} {} · {} {}",
                                app.t(Text::Review(ReviewText::Expected)),
                                i18n::printable(test.expected.trim_end()),
                                app.t(Text::Review(ReviewText::Got)),
                                i18n::printable(test.got.trim_end())
                            )));
                        }
                        if let Some(output) = run.outputs.get(i) {
                            lines.extend(output_lines(app, ReviewText::TestStdout, &output.stdout));
                            lines.extend(output_lines(app, ReviewText::TestStderr, &output.stderr));
                        }
                    }
                }
                other => {
                    lines.push(Line::styled(
                        format!(
                            "{} · {}",
                            app.t(Text::Review(ReviewText::HiddenTests)),
                            tests.len()
                        ),
                        app.session.theme.heading,
                    ));
                    let why = match other {
                        Some(Err(message)) => message.clone(),
                        _ => unavailable_text(app, unavailable).to_string(),
                    };
                    lines.push(Line::styled(why, app.session.theme.warn));
                    for name in tests {
                        lines.push(Line::raw(format!("• {name}")));
                    }
                }
            },
            AutoCheck::PlantedFlaws { flaws, extra } => {
                let found = flaws
                    .iter()
                    .filter(|(_, m)| matches!(m, FlawMatch::FoundBy(_)))
                    .count();
                lines.push(Line::styled(
                    format!(
                        "{} · {found}/{} {}",
                        app.t(Text::Review(ReviewText::PlantedFlaws)),
                        flaws.len(),
                        app.t(Text::Review(ReviewText::FlawsFound))
                    ),
                    app.session.theme.heading,
                ));
                for (flaw, status) in flaws {
                    let (mark, style) = match status {
                        FlawMatch::FoundBy(id) => (
                            format!("✔ {} ({id})", app.t(Text::Review(ReviewText::FlawFound))),
                            app.session.theme.ok,
                        ),
                        FlawMatch::Missed => (
                            format!("✘ {}", app.t(Text::Review(ReviewText::FlawMissed))),
                            app.session.theme.error,
                        ),
                        FlawMatch::Unknown => ("?".to_string(), app.session.theme.warn),
                    };
                    lines.push(Line::from(vec![
                        Span::styled(format!("{mark} "), style),
                        Span::raw(format!(
                            "{} · {}{}{}",
                            flaw.processing,
                            flaw.rule,
                            colon(app),
                            flaw.explanation
                        )),
                    ]));
                }
                if !extra.is_empty() {
                    lines.push(Line::styled(
                        format!(
                            "{}{}{}",
                            app.t(Text::Review(ReviewText::ExtraFindings)),
                            colon(app),
                            extra.join(", ")
                        ),
                        app.session.theme.accent,
                    ));
                }
            }
        }
        lines.push(Line::raw(""));
    }
    if !material.answer_key.trim().is_empty() {
        lines.push(Line::styled(
            app.t(Text::Review(ReviewText::AnswerKey)),
            app.session.theme.heading,
        ));
        lines.extend(
            markdown_lines(app, &material.answer_key)
                .into_iter()
                .map(|l| {
                    Line::from(
                        l.spans
                            .into_iter()
                            .map(|s| Span::styled(s.content.into_owned(), s.style))
                            .collect::<Vec<_>>(),
                    )
                    .style(l.style)
                }),
        );
    }
    lines
}
