//! ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian, PLoS ONE 9(6): e98679, 2014), written
//! here because the `forceatlas2` crate is AGPL (DESIGN.md section 5). It follows Gephi's
//! implementation: masses are degree + 1, repulsion `kr · m1 · m2 / d` (approximated with a
//! Barnes-Hut quadtree of opening angle `theta`), gravity towards the centre, linear (or
//! LinLog) attraction along edges weighted by `weight ^ edge_weight_influence`, optional hub
//! dissuasion, and the adaptive speed with swinging and traction of the paper's section
//! "Adaptive speed". Initial positions come from a seeded generator, so a layout reproduces;
//! pinned nodes exert forces but do not move.

use crate::workbench::sociogram::barnes_hut::QuadTree;

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

/// A Barnes-Hut layout is settled when its nodes moved, over the last [`CALM_WINDOW`]
/// iterations, by less than this share of its spread per iteration on average (a tenth of
/// a cell on a drawing a hundred cells wide): the approximation's noise keeps it moving a
/// little forever (about 5e-5 on 2,000 nodes, which get under 1e-3 after some 100
/// iterations from 0.2 at the start), so it stops there. An exact layout (small graphs)
/// runs its iterations to the end: it reaches its fixed point within them anyway (1e-15
/// after some 600 iterations on the 18 actors of the case) and costs next to nothing.
pub const SETTLED: f64 = 1e-3;

/// Iterations over which the movement is averaged to tell a settled layout.
pub const CALM_WINDOW: usize = 10;

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
    /// The Barnes-Hut tree, rebuilt at each iteration in the same buffers.
    tree: QuadTree,
    /// How far the last iterations moved the nodes (iteration `k`'s at `k %
    /// CALM_WINDOW`, from 0): their mean displacement over the layout's spread (root mean square
    /// distance to the centroid).
    movements: [f64; CALM_WINDOW],
}

/// Root mean square distance of the positions to their centroid.
fn spread(pos: &[[f64; 2]]) -> f64 {
    if pos.is_empty() {
        return 0.0;
    }
    let n = pos.len() as f64;
    let cx = pos.iter().map(|p| p[0]).sum::<f64>() / n;
    let cy = pos.iter().map(|p| p[1]).sum::<f64>() / n;
    (pos.iter()
        .map(|p| (p[0] - cx).powi(2) + (p[1] - cy).powi(2))
        .sum::<f64>()
        / n)
        .sqrt()
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
            tree: QuadTree::default(),
            movements: [f64::INFINITY; CALM_WINDOW],
        }
    }

    /// One iteration of the algorithm.
    pub fn step(&mut self) {
        let n = self.pos.len();
        if n == 0 {
            self.iterations += 1;
            return;
        }
        std::mem::swap(&mut self.force, &mut self.old_force);
        for f in &mut self.force {
            *f = [0.0; 2];
        }
        let s = self.settings;
        // Repulsion.
        if s.barnes_hut && n > 1 {
            self.tree.build(&self.pos, &self.mass);
            for i in 0..n {
                self.force[i] = self
                    .tree
                    .force_on(&self.pos, &self.mass, i, s.theta, s.scaling);
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
        let mut moved = 0.0;
        let mut moving = 0usize;
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
            moved += (fx * fx + fy * fy).sqrt() * factor;
            moving += 1;
        }
        let spread = spread(&self.pos);
        self.movements[self.iterations as usize % CALM_WINDOW] = if moving == 0 {
            0.0
        } else if spread > 0.0 {
            moved / moving as f64 / spread
        } else {
            f64::INFINITY
        };
    }

    /// How far the last iteration moved the nodes, over the layout's spread.
    pub fn movement(&self) -> f64 {
        let newest = (self.iterations as usize + CALM_WINDOW - 1) % CALM_WINDOW;
        self.movements[newest]
    }

    /// Whether a Barnes-Hut layout has settled (see [`SETTLED`]); an exact one never says
    /// so, it runs its iterations.
    pub fn settled(&self) -> bool {
        self.settings.barnes_hut
            && self.iterations >= CALM_WINDOW as u64
            && self.movements.iter().sum::<f64>() / (CALM_WINDOW as f64) < SETTLED
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
