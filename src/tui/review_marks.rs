//! The review's marks beside the rubric: the case's decision rule and its proposal (with the
//! reason given, or still a draft), each criterion's levels, the other markers' marks (hidden
//! from a second marker until all decided, side by side in moderation, gaps flagged), a
//! criterion's history, and the group's members on a group exercise. Pure functions of
//! `&App`, called by `review_view`.

use crate::case::Exercise;
use crate::i18n::review::ReviewText;
use crate::i18n::{self, Text};
use crate::tui::app::App;
use crate::tui::review_view::{colon, decision_span};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// A group exercise's members, when the workspace names them.
pub(crate) fn group_line(app: &App, exercise: &Exercise) -> Option<Line<'static>> {
    (exercise.group && !app.session.workspace.group.is_empty()).then(|| {
        Line::styled(
            format!(
                "{}{}{}",
                app.t(Text::GroupWork),
                colon(app),
                i18n::printable(&app.session.workspace.group.join(", "))
            ),
            app.session.theme.accent,
        )
    })
}

/// The case's rule, the decision it proposes from the scores, the reason given for a
/// decision against it, and a question waiting for an answer.
pub(crate) fn rule_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let label = format!("{}{}", app.t(Text::Review(ReviewText::Rule)), colon(app));
    let Some(rule) = &exercise.pass else {
        return vec![Line::styled(
            format!("{label}{}", app.t(Text::Review(ReviewText::NoRule))),
            app.session.theme.dim,
        )];
    };
    let mut spans = vec![
        Span::styled(label, app.session.theme.dim),
        Span::raw(format!(
            "{} · {}{}",
            rule.text(app.session.lang),
            app.t(Text::Review(ReviewText::Proposal)),
            colon(app)
        )),
    ];
    match review.grades.proposal(exercise) {
        Some(decision) => spans.push(decision_span(app, Some(decision))),
        None => spans.push(Span::styled(
            app.t(Text::Review(ReviewText::ProposalPending)),
            app.session.theme.dim,
        )),
    }
    let mut lines = vec![Line::from(spans)];
    if let Some(reason) = review.grades.reason(&exercise.id) {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}{}", app.t(Text::Review(ReviewText::Reason)), colon(app)),
                app.session.theme.warn,
            ),
            Span::raw(format!("« {} »", i18n::printable(reason))),
        ]));
    }
    // A reason typed and not confirmed (Esc, or a review killed while typing): shown, with
    // the decision it would explain, until Enter confirms it.
    if let Some(draft) = review.grades.reason_draft(&exercise.id) {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} ({}){}",
                    app.t(Text::Review(ReviewText::ReasonDraft)),
                    app.t(Text::Review(match draft.decision {
                        crate::exam::grading::Decision::Validated => ReviewText::Validated,
                        crate::exam::grading::Decision::NotValidated => ReviewText::NotValidated,
                    })),
                    colon(app)
                ),
                app.session.theme.dim,
            ),
            Span::raw(format!("« {} »", i18n::printable(&draft.text))),
        ]));
    }
    lines
}

/// The other markers' scores on a criterion, when they may be seen; "⚠" when two markers
/// are more than one level apart.
pub(crate) fn other_marks(
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
            app.session.theme.accent,
        ));
    }
    if exercise
        .rubric
        .get(index)
        .is_some_and(|c| gaps.contains(&c.id))
    {
        spans.push(Span::styled(
            format!(" ⚠ {}", app.t(Text::Review(ReviewText::Gap))),
            app.session.theme.warn,
        ));
    }
    spans
}

/// The markers' records shown beside the examiner's: every marker's in moderation (the
/// moderator's own marks, if they marked, included), else the other markers'.
pub(crate) fn visible_markers(
    review: &crate::tui::review::ReviewState,
) -> Vec<&crate::exam::grading::Grades> {
    if review.moderate {
        review.file.markers.iter().collect()
    } else {
        review.file.others(&review.examiner).collect()
    }
}

/// The other markers' decisions (or why they are hidden), and the mark of moderation.
pub(crate) fn markers_lines(app: &App, exercise: &Exercise) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let others = visible_markers(review);
    let mut lines = Vec::new();
    if review.moderate {
        lines.push(Line::styled(
            app.t(Text::Review(ReviewText::Moderation)),
            app.session.theme.warn.add_modifier(Modifier::BOLD),
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
            app.session.theme.dim,
        ));
        return lines;
    }
    let mut spans = vec![Span::styled(label, app.session.theme.dim)];
    for (i, other) in others.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" · "));
        }
        spans.push(Span::raw(format!("{} ", i18n::printable(&other.examiner))));
        spans.push(decision_span(app, other.decision(&exercise.id)));
        let score = other.score(exercise);
        spans.push(Span::styled(format!(" {score}"), app.session.theme.accent));
    }
    lines.push(Line::from(spans));
    lines
}

/// The history of a criterion: every change, who, when.
pub(crate) fn history_lines(app: &App, exercise: &str, criterion: &str) -> Vec<Line<'static>> {
    let Some(review) = &app.review else {
        return Vec::new();
    };
    let mut lines = vec![Line::styled(
        format!("    {}", app.t(Text::Review(ReviewText::History))),
        app.session.theme.heading,
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
            app.session.theme.dim,
        ));
    }
    if !any {
        lines.push(Line::styled(
            format!("    {}", app.t(Text::Review(ReviewText::NoHistory))),
            app.session.theme.dim,
        ));
    }
    lines
}

/// The selected criterion's levels: the scale in one line (each level's first words, the
/// score's marked), then the full descriptor of the score under the cursor.
pub(crate) fn level_lines(
    app: &App,
    criterion: &crate::case::Criterion,
    score: Option<u8>,
) -> Vec<Line<'static>> {
    if criterion.levels.is_empty() {
        return Vec::new();
    }
    let mut scale = vec![Span::styled("    ", app.session.theme.dim)];
    for (value, level) in criterion.levels.iter().enumerate() {
        let current = score.is_some_and(|s| usize::from(s) == value);
        let style = if current {
            app.session
                .theme
                .accent
                .add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            app.session.theme.dim
        };
        if value > 0 {
            scale.push(Span::styled(" · ", app.session.theme.dim));
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
            app.session.theme.accent,
        ));
    }
    lines
}

/// A level's name: its descriptor up to the first colon ("Partiel : ..." -> "Partiel"), or
/// its first words.
pub(crate) fn level_head(level: &str) -> String {
    let head = level.split(':').next().unwrap_or(level).trim();
    let words: Vec<&str> = head.split_whitespace().take(3).collect();
    i18n::printable(&words.join(" "))
}
