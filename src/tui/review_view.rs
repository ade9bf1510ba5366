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
use crate::tui::view::{bloc_title, bordered, markdown_lines};
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
            Paragraph::new(text).style(app.theme.error.add_modifier(Modifier::REVERSED)),
            area,
        );
        return;
    }
    let mut spans = vec![
        Span::styled(
            format!(" {} ", app.t(Text::Review(ReviewText::ReviewReadOnly))),
            app.theme.key,
        ),
        Span::raw(" "),
        Span::styled(i18n::printable(&app.workspace.candidate), app.theme.title),
        Span::styled(" · ", app.theme.dim),
        Span::raw(i18n::printable(&review.bundle_name)),
    ];
    if review.stale {
        spans.push(Span::styled(
            format!("  {}", app.t(Text::Review(ReviewText::GradesStale))),
            app.theme.warn,
        ));
    } else if let Some((exercise, _)) = app.current_exercise() {
        spans.push(Span::styled(" · ", app.theme.dim));
        spans.push(Span::styled(
            format!("{} {}", exercise.id, exercise.title),
            app.theme.accent,
        ));
    }
    let saved = if review.dirty {
        Span::styled(
            format!(" ● {} ", app.t(Text::Review(ReviewText::GradesUnsaved))),
            app.theme.warn,
        )
    } else {
        Span::styled(
            format!(" ✓ {} ", app.t(Text::Review(ReviewText::GradesSaved))),
            app.theme.ok,
        )
    };
    let [left, right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(30)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(Line::from(saved)).right_aligned(), right);
}

/// A colon as each language writes it.
fn colon(app: &App) -> &'static str {
    match app.lang {
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
                app.theme.error,
            ),
            Line::raw(""),
        ],
        _ => Vec::new(),
    }
}

fn decision_span(app: &App, decision: Option<Decision>) -> Span<'static> {
    match decision {
        Some(Decision::Validated) => Span::styled(
            format!("✔ {}", app.t(Text::Review(ReviewText::Validated))),
            app.theme.ok,
        ),
        Some(Decision::NotValidated) => Span::styled(
            format!("✘ {}", app.t(Text::Review(ReviewText::NotValidated))),
            app.theme.error,
        ),
        None => Span::styled(
            format!("· {}", app.t(Text::Review(ReviewText::Undecided))),
            app.theme.dim,
        ),
    }
}

fn outcome_span(app: &App, outcome: Outcome) -> Span<'static> {
    match outcome {
        Outcome::Obtained => Span::styled("✔", app.theme.ok),
        Outcome::NotObtained => Span::styled("✘", app.theme.error),
        Outcome::Pending => Span::styled("…", app.theme.dim),
    }
}

/// The grading marks after an exercise's title in the home list.
pub fn home_marks(app: &App, exercise: &Exercise) -> Vec<Span<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let score = review.grades.score(exercise);
    let (mark, style) = match review.grades.decision(&exercise.id) {
        Some(Decision::Validated) => ("✔", app.theme.ok),
        Some(Decision::NotValidated) => ("✘", app.theme.error),
        None => ("·", app.theme.dim),
    };
    let mut spans = vec![Span::styled(format!("{mark} "), style)];
    if score.scored > 0 {
        spans.push(Span::styled(format!("{score} "), app.theme.accent));
    }
    spans
}

/// Progress across the bundle, the blocs and the certification, in two lines.
fn progress_lines(app: &App) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let (decided, total) = review.grades.progress(&app.case);
    let mut blocs = vec![Span::styled(
        format!("{} ", app.t(Text::Bloc)),
        app.theme.dim,
    )];
    for bloc in BLOCS {
        blocs.push(Span::raw(format!("{bloc} ")));
        blocs.push(outcome_span(app, review.grades.bloc(&app.case, bloc)));
        blocs.push(Span::raw("  "));
    }
    blocs.push(Span::styled(
        format!("{} ", app.t(Text::Review(ReviewText::Certification))),
        app.theme.dim,
    ));
    let certification = if review.integrity.is_err() {
        Outcome::NotObtained
    } else {
        review.grades.certification(&app.case)
    };
    blocs.push(outcome_span(app, certification));
    vec![
        Line::from(vec![
            Span::styled(
                format!(
                    "{decided}/{total} {}",
                    app.t(Text::Review(ReviewText::Decided))
                ),
                app.theme.accent,
            ),
            Span::styled(
                format!(
                    "  · {}{}{}",
                    app.t(Text::Review(ReviewText::Examiner)),
                    colon(app),
                    review.examiner
                ),
                app.theme.dim,
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
        app.theme.title,
    ));
    lines.push(Line::styled(
        bloc_title(app.lang, exercise.bloc),
        app.theme.dim,
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
            app.theme.dim,
        ),
        decision_span(app, review.grades.decision(&exercise.id)),
        Span::styled(
            format!("   {score} ({}/{})", score.scored, score.criteria),
            app.theme.accent,
        ),
    ]));
    lines.push(Line::raw(""));
    lines.extend(findings_lines(app, exercise));
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.t(Text::EnterToOpen), app.theme.accent));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn findings_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(report) = app.report(&exercise.id) {
        lines.push(Line::styled(
            format!(
                "{} · {}",
                app.t(Text::Findings),
                i18n::status_label(app.lang, report.status)
            ),
            app.theme.heading,
        ));
        if report.findings.is_empty() {
            lines.push(Line::styled(app.t(Text::NoFindings), app.theme.ok));
        }
        for finding in &report.findings {
            lines.push(Line::raw(format!("• {}", finding.message(app.lang))));
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
            app.theme.dim,
        ),
        decision_span(app, review.grades.decision(&exercise.id)),
        Span::styled(
            format!("   {score} ({}/{})", score.scored, score.criteria),
            app.theme.accent,
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
            app.theme.selected
        } else {
            app.theme.base
        };
        let pointer = if index == selected { "▶" } else { " " };
        let mut spans = vec![
            Span::styled(format!("{pointer} {value}/{} ", criterion.scale), style),
            Span::styled(format!("[{}] ", criterion.competence), app.theme.dim),
            Span::styled(criterion.text.clone(), style),
        ];
        spans.extend(other_marks(app, exercise, index, &gaps));
        lines.push(Line::from(spans));
        if !criterion.expectations.trim().is_empty() {
            lines.push(Line::styled(
                format!("    {}", criterion.expectations.trim()),
                app.theme.dim,
            ));
        }
        if let Some(comment) = grade.map(|g| g.comment.trim()).filter(|c| !c.is_empty()) {
            lines.push(Line::styled(format!("    « {comment} »"), app.theme.accent));
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

/// A group exercise's members, when the workspace names them.
fn group_line(app: &App, exercise: &Exercise) -> Option<Line<'static>> {
    (exercise.group && !app.workspace.group.is_empty()).then(|| {
        Line::styled(
            format!(
                "{}{}{}",
                app.t(Text::GroupWork),
                colon(app),
                i18n::printable(&app.workspace.group.join(", "))
            ),
            app.theme.accent,
        )
    })
}

/// The case's rule, the decision it proposes from the scores, the reason given for a
/// decision against it, and a question waiting for an answer.
fn rule_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let label = format!("{}{}", app.t(Text::Review(ReviewText::Rule)), colon(app));
    let Some(rule) = &exercise.pass else {
        return vec![Line::styled(
            format!("{label}{}", app.t(Text::Review(ReviewText::NoRule))),
            app.theme.dim,
        )];
    };
    let mut spans = vec![
        Span::styled(label, app.theme.dim),
        Span::raw(format!(
            "{} · {}{}",
            i18n::review::rule_text(app.lang, rule),
            app.t(Text::Review(ReviewText::Proposal)),
            colon(app)
        )),
    ];
    match review.grades.proposal(exercise) {
        Some(decision) => spans.push(decision_span(app, Some(decision))),
        None => spans.push(Span::styled(
            app.t(Text::Review(ReviewText::ProposalPending)),
            app.theme.dim,
        )),
    }
    let mut lines = vec![Line::from(spans)];
    if let Some(reason) = review.grades.reason(&exercise.id) {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}{}", app.t(Text::Review(ReviewText::Reason)), colon(app)),
                app.theme.warn,
            ),
            Span::raw(format!("« {} »", i18n::printable(reason))),
        ]));
    }
    lines
}

/// The other markers' scores on a criterion, when they may be seen; "⚠" when two markers
/// are more than one level apart.
fn other_marks(
    app: &App,
    exercise: &Exercise,
    index: usize,
    gaps: &[String],
) -> Vec<Span<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    if !review.sees_others(&exercise.id) {
        return Vec::new();
    }
    let mut spans = Vec::new();
    for other in visible_markers(review) {
        let score = other
            .criterion(exercise, index)
            .and_then(|c| c.score)
            .map_or("–".to_string(), |s| s.to_string());
        spans.push(Span::styled(
            format!(" · {} {score}", i18n::printable(&other.examiner)),
            app.theme.accent,
        ));
    }
    if exercise
        .rubric
        .get(index)
        .is_some_and(|c| gaps.contains(&c.id))
    {
        spans.push(Span::styled(
            format!(" ⚠ {}", app.t(Text::Review(ReviewText::Gap))),
            app.theme.warn,
        ));
    }
    spans
}

/// The markers' records shown beside the examiner's: every marker's in moderation (the
/// moderator's own marks, if they marked, included), else the other markers'.
fn visible_markers(review: &crate::tui::review::ReviewState) -> Vec<&crate::exam::grading::Grades> {
    if review.moderate {
        review.file.markers.iter().collect()
    } else {
        review.file.others(&review.examiner).collect()
    }
}

/// The other markers' decisions (or why they are hidden), and the mark of moderation.
fn markers_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let others = visible_markers(review);
    let mut lines = Vec::new();
    if review.moderate {
        lines.push(Line::styled(
            app.t(Text::Review(ReviewText::Moderation)),
            app.theme.warn.add_modifier(Modifier::BOLD),
        ));
    }
    if others.is_empty() {
        return lines;
    }
    let label = format!(
        "{}{}",
        app.t(Text::Review(ReviewText::OtherMarkers)),
        colon(app)
    );
    if !review.sees_others(&exercise.id) {
        lines.push(Line::styled(
            format!("{label}{}", app.t(Text::Review(ReviewText::Blind))),
            app.theme.dim,
        ));
        return lines;
    }
    let mut spans = vec![Span::styled(label, app.theme.dim)];
    for (i, other) in others.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" · "));
        }
        spans.push(Span::raw(format!("{} ", i18n::printable(&other.examiner))));
        spans.push(decision_span(app, other.decision(&exercise.id)));
        let score = other.score(exercise);
        spans.push(Span::styled(format!(" {score}"), app.theme.accent));
    }
    lines.push(Line::from(spans));
    lines
}

/// The history of a criterion: every change, who, when.
fn history_lines(app: &App, exercise: &str, criterion: &str) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let mut lines = vec![Line::styled(
        format!("    {}", app.t(Text::Review(ReviewText::History))),
        app.theme.heading,
    )];
    let mut any = false;
    for change in review.file.criterion_history(exercise, criterion) {
        any = true;
        let value = match &change.value {
            serde_json::Value::String(s) => format!("« {} »", i18n::printable(s)),
            serde_json::Value::Null => "–".to_string(),
            other => other.to_string(),
        };
        lines.push(Line::styled(
            format!(
                "    {} · {} · {} {value}",
                change.at,
                i18n::printable(&change.examiner),
                change.what
            ),
            app.theme.dim,
        ));
    }
    if !any {
        lines.push(Line::styled(
            format!("    {}", app.t(Text::Review(ReviewText::NoHistory))),
            app.theme.dim,
        ));
    }
    lines
}

/// The selected criterion's levels: the scale in one line (each level's first words, the
/// score's marked), then the full descriptor of the score under the cursor.
fn level_lines(
    app: &App,
    criterion: &crate::case::Criterion,
    score: Option<u8>,
) -> Vec<Line<'static>> {
    if criterion.levels.is_empty() {
        return Vec::new();
    }
    let mut scale = vec![Span::styled("    ", app.theme.dim)];
    for (value, level) in criterion.levels.iter().enumerate() {
        let current = score.is_some_and(|s| usize::from(s) == value);
        let style = if current {
            app.theme
                .accent
                .add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            app.theme.dim
        };
        if value > 0 {
            scale.push(Span::styled(" · ", app.theme.dim));
        }
        scale.push(Span::styled(
            format!("{value} {}", level_head(level)),
            style,
        ));
    }
    let mut lines = vec![Line::from(scale)];
    if let Some(level) = score.and_then(|s| criterion.level(s)) {
        lines.push(Line::styled(
            format!("    ▸ {}", i18n::printable(level)),
            app.theme.accent,
        ));
    }
    lines
}

/// A level's name: its descriptor up to the first colon ("Partiel : ..." -> "Partiel"), or
/// its first words.
fn level_head(level: &str) -> String {
    let head = level.split(':').next().unwrap_or(level).trim();
    let words: Vec<&str> = head.split_whitespace().take(3).collect();
    i18n::printable(&words.join(" "))
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
            app.theme.heading,
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
        app.theme.dim,
    )];
    for line in all.iter().take(OUTPUT_LINES) {
        lines.push(Line::raw(format!("      {}", line.replace('\t', "    "))));
    }
    if all.len() > OUTPUT_LINES {
        lines.push(Line::styled("      …", app.theme.dim));
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
        return vec![Line::styled(text, app.theme.warn)];
    };
    let Some(material) = file.exercises.get(&exercise.id) else {
        return Vec::new();
    };
    let answer = app.workspace.answer(&exercise.id);
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
                        app.theme.heading,
                    ));
                    for (i, test) in report.tests.iter().enumerate() {
                        if test.passed {
                            lines.push(Line::styled(format!("✔ {}", test.name), app.theme.ok));
                        } else {
                            lines.push(Line::styled(format!("✘ {}", test.name), app.theme.error));
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
                        app.theme.heading,
                    ));
                    let why = match other {
                        Some(Err(message)) => message.clone(),
                        _ => unavailable_text(app, unavailable).to_string(),
                    };
                    lines.push(Line::styled(why, app.theme.warn));
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
                    app.theme.heading,
                ));
                for (flaw, status) in flaws {
                    let (mark, style) = match status {
                        FlawMatch::FoundBy(id) => (
                            format!("✔ {} ({id})", app.t(Text::Review(ReviewText::FlawFound))),
                            app.theme.ok,
                        ),
                        FlawMatch::Missed => (
                            format!("✘ {}", app.t(Text::Review(ReviewText::FlawMissed))),
                            app.theme.error,
                        ),
                        FlawMatch::Unknown => ("?".to_string(), app.theme.warn),
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
                        app.theme.accent,
                    ));
                }
            }
        }
        lines.push(Line::raw(""));
    }
    if !material.answer_key.trim().is_empty() {
        lines.push(Line::styled(
            app.t(Text::Review(ReviewText::AnswerKey)),
            app.theme.heading,
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
