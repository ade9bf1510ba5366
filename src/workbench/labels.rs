//! Placing text labels beside points in an SVG without collisions: each label takes the first
//! free spot around its point, ring after ring (north-east first, then the seven other
//! directions, a little further out at each ring), avoiding the labels already placed and the
//! obstacles (the markers); a label moved off its first ring gets a leader line to its point.
//! Deterministic: the same points give the same placement.

/// A box, top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// Whether the two boxes share some area (touching edges do not).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    fn inside(&self, bounds: &Rect) -> bool {
        self.x >= bounds.x
            && self.y >= bounds.y
            && self.x + self.w <= bounds.x + bounds.w
            && self.y + self.h <= bounds.y + bounds.h
    }

    /// The point of the box nearest to `(x, y)` (for a leader line).
    pub fn nearest(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (
            x.clamp(self.x, self.x + self.w),
            y.clamp(self.y, self.y + self.h),
        )
    }
}

/// Where a label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub rect: Rect,
    /// Off its first ring: draw a line from the point to the label.
    pub leader: bool,
}

/// The width of a text of `chars` characters at `font_size` (a bold sans-serif's digits and
/// capitals are about 0.62 em wide): an estimate on the safe side for placing labels.
pub fn text_width(chars: usize, font_size: f64) -> f64 {
    chars as f64 * font_size * 0.62 + 2.0
}

/// Directions tried at each ring, north-east first (x to the right, y down).
const DIRECTIONS: [(f64, f64); 8] = [
    (1.0, -1.0),
    (1.0, 0.0),
    (0.0, -1.0),
    (-1.0, -1.0),
    (-1.0, 0.0),
    (1.0, 1.0),
    (0.0, 1.0),
    (-1.0, 1.0),
];

/// Places a label of each `size` beside its `anchor`, in order, so that no two labels overlap
/// and no label covers an obstacle; inside `bounds` when there is room there.
pub fn place(
    anchors: &[(f64, f64)],
    sizes: &[(f64, f64)],
    obstacles: &[Rect],
    bounds: Rect,
) -> Vec<Placed> {
    let mut placed: Vec<Placed> = Vec::with_capacity(anchors.len());
    for (&(ax, ay), &(w, h)) in anchors.iter().zip(sizes) {
        let step = h.max(6.0);
        let free = |rect: &Rect, placed: &[Placed]| {
            !placed.iter().any(|p| p.rect.overlaps(rect))
                && !obstacles.iter().any(|o| o.overlaps(rect))
        };
        let candidate = |ring: usize, (dx, dy): (f64, f64)| {
            let gap = 3.0 + ring as f64 * step;
            // The box's corner or side nearest to the point is `gap` away from it.
            let x = match dx {
                d if d > 0.0 => ax + gap + 3.0,
                d if d < 0.0 => ax - gap - 3.0 - w,
                _ => ax - w / 2.0,
            };
            let y = match dy {
                d if d > 0.0 => ay + gap + 3.0,
                d if d < 0.0 => ay - gap - 3.0 - h,
                _ => ay - h / 2.0,
            };
            Rect { x, y, w, h }
        };
        let mut found = None;
        // First inside the bounds; past 40 rings, anywhere (there is always room further out).
        'search: for within in [true, false] {
            for ring in 0..if within { 40 } else { 10_000 } {
                for direction in DIRECTIONS {
                    let rect = candidate(ring, direction);
                    if (!within || rect.inside(&bounds)) && free(&rect, &placed) {
                        found = Some(Placed {
                            rect,
                            leader: ring > 0,
                        });
                        break 'search;
                    }
                }
            }
        }
        placed.push(found.unwrap_or(Placed {
            rect: candidate(0, DIRECTIONS[0]),
            leader: false,
        }));
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 400.0,
        h: 300.0,
    };

    #[test]
    fn a_lone_label_sits_north_east_of_its_point() {
        let placed = place(&[(100.0, 100.0)], &[(14.0, 11.0)], &[], BOUNDS);
        assert_eq!(placed.len(), 1);
        assert!(!placed[0].leader);
        let r = placed[0].rect;
        assert!(r.x > 100.0 && r.y + r.h < 100.0, "{r:?}");
    }

    #[test]
    fn crowded_labels_never_overlap_each_other_or_the_markers() {
        // 30 points within a few pixels of each other, as actors in one city.
        let anchors: Vec<(f64, f64)> = (0..30)
            .map(|i| {
                (
                    200.0 + f64::from(i % 5) * 2.0,
                    150.0 + f64::from(i / 5) * 1.5,
                )
            })
            .collect();
        let sizes: Vec<(f64, f64)> = (0..30)
            .map(|i| (text_width(format!("{}", i + 1).len(), 11.0), 11.0))
            .collect();
        let markers: Vec<Rect> = anchors
            .iter()
            .map(|&(x, y)| Rect {
                x: x - 5.0,
                y: y - 6.0,
                w: 10.0,
                h: 12.0,
            })
            .collect();
        let placed = place(&anchors, &sizes, &markers, BOUNDS);
        for (i, a) in placed.iter().enumerate() {
            assert!(a.rect.inside(&BOUNDS));
            for b in &placed[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect), "{a:?} and {b:?}");
            }
            assert!(markers.iter().all(|m| !m.overlaps(&a.rect)));
        }
        assert!(placed.iter().any(|p| p.leader));
        // The same input gives the same placement.
        assert_eq!(place(&anchors, &sizes, &markers, BOUNDS), placed);
    }
}
