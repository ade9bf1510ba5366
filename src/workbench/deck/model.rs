//! The `deck` kind (A15, the pitch): slides with a title, short points and speaker notes,
//! the rehearsals recorded in presenter mode, and the countdown's logic. Pure data: the
//! countdown reads time only from the `now` its callers pass (an injected clock), so its
//! tests need no sleeping.

use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Slide {
    #[serde(default)]
    pub title: String,
    /// Short points, one per line on the slide.
    #[serde(default)]
    pub points: Vec<String>,
    /// What the speaker says; never shown to the audience.
    #[serde(default)]
    pub notes: String,
}

impl Slide {
    /// The points that hold some text.
    pub fn filled_points(&self) -> impl Iterator<Item = &str> {
        self.points
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
    }
}

/// An objection the jury may raise, with the answer prepared for it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Objection {
    #[serde(default)]
    pub objection: String,
    #[serde(default)]
    pub answer: String,
}

/// Time spent on one slide during a rehearsal.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SlideTime {
    pub title: String,
    pub seconds: u64,
}

/// One run through the deck in presenter mode.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Rehearsal {
    /// RFC 3339 time the rehearsal ended.
    pub date: String,
    /// The limit it was held against, in seconds.
    pub limit_seconds: u64,
    pub slides: Vec<SlideTime>,
}

impl Rehearsal {
    pub fn total_seconds(&self) -> u64 {
        self.slides.iter().map(|s| s.seconds).sum()
    }

    pub fn over_time(&self) -> bool {
        self.total_seconds() > self.limit_seconds
    }
}

/// Rehearsals kept in the answer (the oldest go first).
pub const REHEARSALS_KEPT: usize = 10;

/// The pitch itself, before the jury: when, how long, and what the jury asked (recorded by
/// the candidate afterwards; rehearsals are the presenter's own runs).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct OralSession {
    /// The day of the oral, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// How long it lasted, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// The jury's questions, one per entry, in the order they were asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
}

impl OralSession {
    /// The questions actually written (blank lines are not questions).
    pub fn asked(&self) -> impl Iterator<Item = &str> {
        self.questions
            .iter()
            .map(|q| q.trim())
            .filter(|q| !q.is_empty())
    }
}

/// Longest oral a duration may claim, in minutes (a typo guard: an oral is not a day long).
pub const ORAL_MAX_MINUTES: u32 = 240;

/// The day of an oral as typed: `2026-12-15` or `15/12/2026`, a real calendar date; the
/// ISO form, or `None`.
pub fn oral_date(text: &str) -> Option<String> {
    let text = text.trim();
    let iso = match text.split('/').collect::<Vec<_>>()[..] {
        [day, month, year] => format!("{year}-{month:0>2}-{day:0>2}"),
        _ => text.to_string(),
    };
    let (year, month, day) = crate::workbench::grid::model::parse_date(&iso)?;
    (iso.len() == 10).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// A duration as typed, in whole minutes ("18", "18 min"), within reason.
pub fn oral_minutes(text: &str) -> Option<u32> {
    let text = text.trim();
    let digits = text
        .strip_suffix("minutes")
        .or_else(|| text.strip_suffix("min"))
        .unwrap_or(text)
        .trim();
    digits
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=ORAL_MAX_MINUTES).contains(m))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Deck {
    #[serde(default)]
    pub slides: Vec<Slide>,
    /// The questions and objections prepared for the jury, with their answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<Objection>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rehearsals: Vec<Rehearsal>,
    /// The oral session itself, once it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oral: Option<OralSession>,
}

impl Deck {
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
            && self.objections.is_empty()
            && self.rehearsals.is_empty()
            && self.oral.is_none()
    }

    /// Inserts an empty slide at `at` (clamped); returns its index.
    pub fn insert_slide(&mut self, at: usize, title: &str) -> usize {
        let at = at.min(self.slides.len());
        self.slides.insert(
            at,
            Slide {
                title: title.to_string(),
                ..Slide::default()
            },
        );
        at
    }

    /// Swaps a slide with its neighbour; returns the slide's new index.
    pub fn move_slide(&mut self, at: usize, up: bool) -> usize {
        let target = if up {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|t| *t < self.slides.len())
        };
        match target {
            Some(t) if at < self.slides.len() => {
                self.slides.swap(at, t);
                t
            }
            _ => at,
        }
    }

    pub fn record(&mut self, rehearsal: Rehearsal) {
        self.rehearsals.push(rehearsal);
        if self.rehearsals.len() > REHEARSALS_KEPT {
            let extra = self.rehearsals.len() - REHEARSALS_KEPT;
            self.rehearsals.drain(..extra);
        }
    }
}

/// How close to the limit the countdown is: its colour on the presenter's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// More than two minutes left.
    Calm,
    /// Two minutes or less.
    Hurry,
    /// Thirty seconds or less.
    Last,
    /// The limit is passed.
    Over,
}

/// The presenter's countdown: total time, pauses and time per slide. Every method takes
/// the current time (any monotonic origin), so tests drive it with a hand-set clock.
#[derive(Debug, Clone, PartialEq)]
pub struct Countdown {
    pub limit: Duration,
    started: Duration,
    paused_at: Option<Duration>,
    paused_total: Duration,
    current: usize,
    /// Effective time (pauses excluded) when the current slide came up.
    current_since: Duration,
    per_slide: Vec<Duration>,
}

impl Countdown {
    pub fn start(limit: Duration, slides: usize, first: usize, now: Duration) -> Countdown {
        Countdown {
            limit,
            started: now,
            paused_at: None,
            paused_total: Duration::ZERO,
            current: first,
            current_since: Duration::ZERO,
            per_slide: vec![Duration::ZERO; slides.max(1)],
        }
    }

    /// Time spoken so far, pauses left out.
    pub fn elapsed(&self, now: Duration) -> Duration {
        let until = self.paused_at.unwrap_or(now).max(self.started);
        until
            .saturating_sub(self.started)
            .saturating_sub(self.paused_total)
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn toggle_pause(&mut self, now: Duration) {
        match self.paused_at.take() {
            Some(at) => self.paused_total += now.saturating_sub(at),
            None => self.paused_at = Some(now),
        }
    }

    /// Seconds left, rounded up (10:00 at the start); negative once over the limit.
    pub fn remaining_seconds(&self, now: Duration) -> i64 {
        let elapsed = self.elapsed(now);
        if elapsed <= self.limit {
            let left = self.limit - elapsed;
            (left.as_millis().div_ceil(1000)) as i64
        } else {
            -((elapsed - self.limit).as_secs() as i64)
        }
    }

    pub fn phase(&self, now: Duration) -> Phase {
        let elapsed = self.elapsed(now);
        if elapsed >= self.limit {
            return Phase::Over;
        }
        let left = self.limit - elapsed;
        if left <= Duration::from_secs(30) {
            Phase::Last
        } else if left <= Duration::from_secs(120) {
            Phase::Hurry
        } else {
            Phase::Calm
        }
    }

    pub fn current(&self) -> usize {
        self.current
    }

    /// Shows another slide: the time since the last change goes to the slide left.
    pub fn go_to(&mut self, slide: usize, now: Duration) {
        let effective = self.elapsed(now);
        self.charge(effective);
        if slide >= self.per_slide.len() {
            self.per_slide.resize(slide + 1, Duration::ZERO);
        }
        self.current = slide;
        self.current_since = effective;
    }

    fn charge(&mut self, effective: Duration) {
        let spent = effective.saturating_sub(self.current_since);
        if let Some(total) = self.per_slide.get_mut(self.current) {
            *total += spent;
        }
        self.current_since = effective;
    }

    /// Time on each slide so far, the one on screen included.
    pub fn slide_times(&self, now: Duration) -> Vec<Duration> {
        let mut copy = self.clone();
        copy.charge(self.elapsed(now));
        copy.per_slide
    }

    /// The rehearsal as the answer keeps it, or `None` if nothing was said yet (under a second).
    pub fn record(&self, titles: &[String], now: Duration, date: String) -> Option<Rehearsal> {
        if self.elapsed(now) < Duration::from_secs(1) {
            return None;
        }
        let times = self.slide_times(now);
        Some(Rehearsal {
            date,
            limit_seconds: self.limit.as_secs(),
            slides: times
                .iter()
                .enumerate()
                .map(|(i, t)| SlideTime {
                    title: titles.get(i).cloned().unwrap_or_default(),
                    seconds: t.as_secs_f64().round() as u64,
                })
                .collect(),
        })
    }
}

/// `m:ss`, with a leading `+` for time over the limit (negative seconds).
pub fn clock_text(seconds: i64) -> String {
    let sign = if seconds < 0 { "+" } else { "" };
    let s = seconds.unsigned_abs();
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_oral_date_is_a_real_day_in_either_form() {
        assert_eq!(oral_date("2026-12-15").as_deref(), Some("2026-12-15"));
        assert_eq!(oral_date(" 15/12/2026 ").as_deref(), Some("2026-12-15"));
        assert_eq!(oral_date("5/1/2027").as_deref(), Some("2027-01-05"));
        for bad in [
            "",
            "2026-02-30",
            "31/04/2026",
            "demain",
            "2026-12",
            "15/12/26x",
        ] {
            assert_eq!(oral_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_oral_lasts_whole_minutes_within_reason() {
        assert_eq!(oral_minutes("18"), Some(18));
        assert_eq!(oral_minutes("20 min"), Some(20));
        assert_eq!(oral_minutes("25 minutes"), Some(25));
        for bad in ["", "0", "vingt", "-3", "1000", "1,5"] {
            assert_eq!(oral_minutes(bad), None, "{bad}");
        }
    }

    fn s(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn countdown_counts_down_with_colours_and_overtime() {
        let t0 = s(1000);
        let c = Countdown::start(s(600), 3, 0, t0);
        assert_eq!(c.remaining_seconds(t0), 600);
        assert_eq!(clock_text(c.remaining_seconds(t0)), "10:00");
        assert_eq!(c.phase(t0), Phase::Calm);
        assert_eq!(c.remaining_seconds(t0 + Duration::from_millis(500)), 600);
        assert_eq!(c.remaining_seconds(t0 + s(1)), 599);
        assert_eq!(c.phase(t0 + s(479)), Phase::Calm);
        assert_eq!(c.phase(t0 + s(480)), Phase::Hurry);
        assert_eq!(c.phase(t0 + s(570)), Phase::Last);
        assert_eq!(c.phase(t0 + s(600)), Phase::Over);
        assert_eq!(clock_text(c.remaining_seconds(t0 + s(605))), "+0:05");
    }

    #[test]
    fn pauses_stop_the_clock() {
        let mut c = Countdown::start(s(600), 2, 0, s(0));
        c.toggle_pause(s(60));
        assert!(c.is_paused());
        assert_eq!(c.elapsed(s(200)), s(60));
        c.toggle_pause(s(200));
        assert_eq!(c.elapsed(s(230)), s(90));
        assert_eq!(c.remaining_seconds(s(230)), 510);
    }

    #[test]
    fn time_is_charged_to_each_slide() {
        let mut c = Countdown::start(s(600), 3, 0, s(0));
        c.go_to(1, s(70));
        c.go_to(2, s(100));
        c.go_to(1, s(160));
        assert_eq!(c.slide_times(s(175)), vec![s(70), s(45), s(60)]);
        let titles = vec!["A".to_string(), "B".to_string(), "C".to_string()];
        let r = c
            .record(&titles, s(175), "2026-01-01T00:00:00Z".into())
            .unwrap();
        assert_eq!(r.total_seconds(), 175);
        assert_eq!(r.slides[1].title, "B");
        assert!(!r.over_time());
        assert!(Countdown::start(s(600), 1, 0, s(5))
            .record(&titles, s(5), String::new())
            .is_none());
    }

    #[test]
    fn rehearsals_are_capped_and_slides_move() {
        let mut deck = Deck::default();
        for n in 0..12 {
            deck.record(Rehearsal {
                date: n.to_string(),
                ..Rehearsal::default()
            });
        }
        assert_eq!(deck.rehearsals.len(), REHEARSALS_KEPT);
        assert_eq!(deck.rehearsals[0].date, "2");
        deck.insert_slide(0, "a");
        deck.insert_slide(1, "b");
        assert_eq!(deck.move_slide(1, true), 0);
        assert_eq!(deck.slides[0].title, "b");
        assert_eq!(deck.move_slide(0, true), 0);
    }
}
