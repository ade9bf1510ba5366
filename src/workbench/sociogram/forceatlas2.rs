//! ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian, PLoS ONE 9(6): e98679, 2014), written
//! here because the `forceatlas2` crate is AGPL (DESIGN.md section 5). It follows Gephi's
//! implementation: masses are degree + 1, repulsion `kr · m1 · m2 / d` (approximated with a
//! Barnes-Hut quadtree of opening angle `theta`), gravity towards the centre, linear (or
//! LinLog) attraction along edges weighted by `weight ^ edge_weight_influence`, optional hub
//! dissuasion, and the adaptive speed with swinging and traction of the paper's section
//! "Adaptive speed". Initial positions come from a seeded generator, so a layout reproduces;
//! pinned nodes exert forces but do not move.

/// The parameters of ForceAtlas2, with Gephi's defaults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub scaling: f64,
    pub gravity: f64,
    pub strong_gravity: bool,
    pub lin_log: bool,
    /// "Dissuade hubs" (outbound attraction distribution).
    pub dissuade_hubs: bool,
    pub edge_weight_influence: f64,
    pub jitter_tolerance: f64,
    /// Use the Barnes-Hut approximation of repulsion.
    pub barnes_hut: bool,
    pub theta: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            scaling: 2.0,
            gravity: 1.0,
            strong_gravity: false,
            lin_log: false,
            dissuade_hubs: false,
            edge_weight_influence: 1.0,
            jitter_tolerance: 1.0,
            barnes_hut: true,
            theta: 1.2,
        }
    }
}

impl Settings {
    /// Gephi's defaults for a graph of `n` nodes (a larger scaling for large graphs).
    pub fn for_size(n: usize) -> Settings {
        Settings {
            scaling: if n >= 100 { 10.0 } else { 2.0 },
            barnes_hut: n >= 30,
            ..Settings::default()
        }
    }
}

/// A running layout: positions, forces and the adaptive speed.
#[derive(Debug, Clone)]
pub struct Layout {
    pub settings: Settings,
    pub pos: Vec<[f64; 2]>,
    pub pinned: Vec<bool>,
    mass: Vec<f64>,
    force: Vec<[f64; 2]>,
    old_force: Vec<[f64; 2]>,
    edges: Vec<(usize, usize, f64)>,
    speed: f64,
    speed_efficiency: f64,
    pub iterations: u64,
}

/// A small xorshift generator: seeded, so layouts reproduce.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_f64(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Seeded starting positions in a square of side about √n · 10.
pub fn initial_positions(n: usize, seed: u64) -> Vec<[f64; 2]> {
    let mut rng = Rng::new(seed);
    let side = ((n.max(1) as f64).sqrt() * 10.0).max(10.0);
    (0..n)
        .map(|_| [(rng.next_f64() - 0.5) * side, (rng.next_f64() - 0.5) * side])
        .collect()
}

impl Layout {
    /// A layout of `n` nodes with weighted edges, starting from `start` positions.
    pub fn new(
        start: Vec<[f64; 2]>,
        pinned: Vec<bool>,
        edges: Vec<(usize, usize, f64)>,
        settings: Settings,
    ) -> Layout {
        let n = start.len();
        let mut mass = vec![1.0; n];
        for &(s, t, _) in &edges {
            mass[s] += 1.0;
            mass[t] += 1.0;
        }
        Layout {
            settings,
            pos: start,
            pinned,
            mass,
            force: vec![[0.0; 2]; n],
            old_force: vec![[0.0; 2]; n],
            edges,
            speed: 1.0,
            speed_efficiency: 1.0,
            iterations: 0,
        }
    }

    /// One iteration of the algorithm.
    pub fn step(&mut self) {
        let n = self.pos.len();
        if n == 0 {
            return;
        }
        std::mem::swap(&mut self.force, &mut self.old_force);
        for f in &mut self.force {
            *f = [0.0; 2];
        }
        let s = self.settings;
        // Repulsion.
        if s.barnes_hut && n > 1 {
            let tree = QuadTree::build(&self.pos, &self.mass);
            for i in 0..n {
                let f = tree.force_on(self.pos[i], self.mass[i], i, s.theta, s.scaling);
                self.force[i][0] += f[0];
                self.force[i][1] += f[1];
            }
        } else {
            for i in 0..n {
                for j in i + 1..n {
                    let dx = self.pos[i][0] - self.pos[j][0];
                    let dy = self.pos[i][1] - self.pos[j][1];
                    let d2 = dx * dx + dy * dy;
                    if d2 > 0.0 {
                        let factor = s.scaling * self.mass[i] * self.mass[j] / d2;
                        self.force[i][0] += dx * factor;
                        self.force[i][1] += dy * factor;
                        self.force[j][0] -= dx * factor;
                        self.force[j][1] -= dy * factor;
                    }
                }
            }
        }
        // Gravity.
        for i in 0..n {
            let [x, y] = self.pos[i];
            let d = (x * x + y * y).sqrt();
            if d > 0.0 {
                // As Gephi applies it: the repulsion's coefficient (the scaling) times the
                // gravity, which strong gravity divides by the scaling.
                let factor = if s.strong_gravity {
                    self.mass[i] * s.gravity
                } else {
                    s.scaling * self.mass[i] * s.gravity / d
                };
                self.force[i][0] -= x * factor;
                self.force[i][1] -= y * factor;
            }
        }
        // Attraction.
        let compensation = if s.dissuade_hubs {
            self.mass.iter().sum::<f64>() / n as f64
        } else {
            1.0
        };
        for &(a, b, w) in &self.edges {
            let w = if s.edge_weight_influence == 0.0 {
                1.0
            } else if s.edge_weight_influence == 1.0 {
                w
            } else {
                w.powf(s.edge_weight_influence)
            };
            let dx = self.pos[a][0] - self.pos[b][0];
            let dy = self.pos[a][1] - self.pos[b][1];
            let mut factor = -compensation * w;
            if s.lin_log {
                let d = (dx * dx + dy * dy).sqrt();
                if d <= 0.0 {
                    continue;
                }
                factor *= (1.0 + d).ln() / d;
            }
            if s.dissuade_hubs {
                factor /= self.mass[a];
            }
            self.force[a][0] += dx * factor;
            self.force[a][1] += dy * factor;
            self.force[b][0] -= dx * factor;
            self.force[b][1] -= dy * factor;
        }
        self.adjust_speed_and_apply();
        self.iterations += 1;
    }

    fn adjust_speed_and_apply(&mut self) {
        let n = self.pos.len() as f64;
        let mut swinging_total = 0.0;
        let mut traction_total = 0.0;
        for i in 0..self.pos.len() {
            if self.pinned[i] {
                continue;
            }
            let [fx, fy] = self.force[i];
            let [ox, oy] = self.old_force[i];
            swinging_total += self.mass[i] * ((ox - fx).powi(2) + (oy - fy).powi(2)).sqrt();
            traction_total += self.mass[i] * 0.5 * ((ox + fx).powi(2) + (oy + fy).powi(2)).sqrt();
        }
        if swinging_total > 0.0 && traction_total > 0.0 {
            let estimated = 0.05 * n.sqrt();
            let min_jt = estimated.sqrt();
            let max_jt: f64 = 10.0;
            let mut jt = self.settings.jitter_tolerance
                * min_jt.max(max_jt.min(estimated * traction_total / (n * n)));
            let min_efficiency = 0.05;
            if swinging_total / traction_total > 2.0 {
                if self.speed_efficiency > min_efficiency {
                    self.speed_efficiency *= 0.5;
                }
                jt = jt.max(self.settings.jitter_tolerance);
            }
            let target = jt * self.speed_efficiency * traction_total / swinging_total;
            if swinging_total > jt * traction_total {
                if self.speed_efficiency > min_efficiency {
                    self.speed_efficiency *= 0.7;
                }
            } else if self.speed < 1000.0 {
                self.speed_efficiency *= 1.3;
            }
            let max_rise = 0.5;
            self.speed += (target - self.speed).min(max_rise * self.speed);
        }
        for i in 0..self.pos.len() {
            if self.pinned[i] {
                continue;
            }
            let [fx, fy] = self.force[i];
            let [ox, oy] = self.old_force[i];
            let swinging = self.mass[i] * ((ox - fx).powi(2) + (oy - fy).powi(2)).sqrt();
            let factor = self.speed / (1.0 + (self.speed * swinging).sqrt());
            self.pos[i][0] += fx * factor;
            self.pos[i][1] += fy * factor;
        }
    }
}

/// A Barnes-Hut quadtree over the positions: each cell knows its total mass and centre of
/// mass; a far cell (size / distance < theta) acts as one body.
struct QuadTree {
    cells: Vec<Cell>,
}

struct Cell {
    mass: f64,
    centre: [f64; 2],
    size: f64,
    /// Children indexes in `cells`, or none for a leaf.
    children: Option<[usize; 4]>,
    /// The bodies of a leaf (one, or several at the same spot or at the depth limit): index,
    /// position and mass.
    bodies: Vec<(usize, [f64; 2], f64)>,
}

const MAX_DEPTH: usize = 24;

impl QuadTree {
    fn build(pos: &[[f64; 2]], mass: &[f64]) -> QuadTree {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let size = (x1 - x0).max(y1 - y0).max(1e-9);
        let mut tree = QuadTree { cells: Vec::new() };
        let all: Vec<usize> = (0..pos.len()).collect();
        tree.make(pos, mass, all, [x0, y0], size, 0);
        tree
    }

    fn make(
        &mut self,
        pos: &[[f64; 2]],
        mass: &[f64],
        bodies: Vec<usize>,
        corner: [f64; 2],
        size: f64,
        depth: usize,
    ) -> usize {
        let total: f64 = bodies.iter().map(|&b| mass[b]).sum();
        let mut centre = [0.0; 2];
        for &b in &bodies {
            centre[0] += pos[b][0] * mass[b];
            centre[1] += pos[b][1] * mass[b];
        }
        if total > 0.0 {
            centre[0] /= total;
            centre[1] /= total;
        }
        let at = self.cells.len();
        self.cells.push(Cell {
            mass: total,
            centre,
            size,
            children: None,
            bodies: Vec::new(),
        });
        if bodies.len() <= 1 || depth >= MAX_DEPTH {
            self.cells[at].bodies = bodies.into_iter().map(|b| (b, pos[b], mass[b])).collect();
            return at;
        }
        let half = size / 2.0;
        let mut parts: [Vec<usize>; 4] = Default::default();
        for b in bodies {
            let right = pos[b][0] >= corner[0] + half;
            let up = pos[b][1] >= corner[1] + half;
            parts[usize::from(right) + 2 * usize::from(up)].push(b);
        }
        let mut children = [0; 4];
        for (q, part) in parts.into_iter().enumerate() {
            let c = [
                corner[0] + if q % 2 == 1 { half } else { 0.0 },
                corner[1] + if q >= 2 { half } else { 0.0 },
            ];
            children[q] = self.make(pos, mass, part, c, half, depth + 1);
        }
        self.cells[at].children = Some(children);
        at
    }

    fn force_on(&self, p: [f64; 2], m: f64, me: usize, theta: f64, kr: f64) -> [f64; 2] {
        let mut f = [0.0; 2];
        let mut stack = vec![0usize];
        let repulse = |f: &mut [f64; 2], centre: [f64; 2], other: f64| {
            let dx = p[0] - centre[0];
            let dy = p[1] - centre[1];
            let d2 = dx * dx + dy * dy;
            if d2 > 0.0 {
                let factor = kr * m * other / d2;
                f[0] += dx * factor;
                f[1] += dy * factor;
            }
        };
        while let Some(at) = stack.pop() {
            let cell = &self.cells[at];
            if cell.mass == 0.0 {
                continue;
            }
            match cell.children {
                None => {
                    for &(b, at, mass) in &cell.bodies {
                        if b != me {
                            repulse(&mut f, at, mass);
                        }
                    }
                }
                Some(children) => {
                    let dx = p[0] - cell.centre[0];
                    let dy = p[1] - cell.centre[1];
                    let d = (dx * dx + dy * dy).sqrt();
                    if d * theta > cell.size {
                        repulse(&mut f, cell.centre, cell.mass);
                    } else {
                        stack.extend(children);
                    }
                }
            }
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(pos: &[[f64; 2]], a: usize, b: usize) -> f64 {
        ((pos[a][0] - pos[b][0]).powi(2) + (pos[a][1] - pos[b][1]).powi(2)).sqrt()
    }

    fn two_cliques() -> Vec<(usize, usize, f64)> {
        let mut edges = Vec::new();
        for group in [0..6, 6..12] {
            for i in group.clone() {
                for j in group.clone() {
                    if i < j {
                        edges.push((i, j, 1.0));
                    }
                }
            }
        }
        edges.push((5, 6, 1.0));
        edges
    }

    fn run(barnes_hut: bool, seed: u64) -> Vec<[f64; 2]> {
        let settings = Settings {
            barnes_hut,
            ..Settings::default()
        };
        let mut layout = Layout::new(
            initial_positions(12, seed),
            vec![false; 12],
            two_cliques(),
            settings,
        );
        for _ in 0..500 {
            layout.step();
        }
        layout.pos
    }

    #[test]
    fn same_seed_same_layout() {
        assert_eq!(run(true, 7), run(true, 7));
        assert_ne!(run(true, 7), run(true, 8));
    }

    #[test]
    fn cliques_end_up_apart_with_and_without_barnes_hut() {
        for barnes_hut in [false, true] {
            let pos = run(barnes_hut, 3);
            let within = spread(&pos, 0, 1) + spread(&pos, 7, 8);
            let across = spread(&pos, 0, 11) + spread(&pos, 1, 10);
            assert!(
                across > 1.5 * within,
                "bh={barnes_hut}: {across} vs {within}"
            );
            assert!(pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
        }
    }

    #[test]
    fn barnes_hut_approximates_exact_repulsion() {
        let pos = initial_positions(200, 1);
        let mass: Vec<f64> = (0..200).map(|i| 1.0 + (i % 5) as f64).collect();
        let tree = QuadTree::build(&pos, &mass);
        let mut worst: f64 = 0.0;
        for i in 0..200 {
            let approx = tree.force_on(pos[i], mass[i], i, 0.5, 1.0);
            let mut exact = [0.0; 2];
            for j in 0..200 {
                if i != j {
                    let dx = pos[i][0] - pos[j][0];
                    let dy = pos[i][1] - pos[j][1];
                    let f = mass[i] * mass[j] / (dx * dx + dy * dy);
                    exact[0] += dx * f;
                    exact[1] += dy * f;
                }
            }
            let err = ((approx[0] - exact[0]).powi(2) + (approx[1] - exact[1]).powi(2)).sqrt()
                / (exact[0].powi(2) + exact[1].powi(2)).sqrt();
            worst = worst.max(err);
        }
        assert!(worst < 0.1, "relative error {worst}");
    }

    #[test]
    fn pinned_nodes_stay_put() {
        let mut pinned = vec![false; 12];
        pinned[0] = true;
        let start = initial_positions(12, 5);
        let mut layout = Layout::new(start.clone(), pinned, two_cliques(), Settings::default());
        for _ in 0..100 {
            layout.step();
        }
        assert_eq!(layout.pos[0], start[0]);
        assert_ne!(layout.pos[1], start[1]);
    }
}
