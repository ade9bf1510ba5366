//! The Barnes-Hut quadtree of the ForceAtlas2 layout
//! ([`crate::workbench::sociogram::forceatlas2`]): each cell knows its total mass and
//! centre of mass, and a far cell (size / distance < theta) repels a node as one body. The
//! tree is rebuilt at every iteration into the same buffers (no allocation once they have
//! grown), its cells' bodies kept as ranges of one array of node indexes.

/// A quadtree over positions, rebuilt by [`QuadTree::build`].
#[derive(Debug, Clone, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
    /// The node indexes, each cell's contiguous (`bodies` of a cell), in increasing order
    /// within a leaf.
    order: Vec<u32>,
    /// Where the partition of a cell sorts its bodies into quadrants.
    scratch: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    mass: f64,
    centre: [f64; 2],
    size: f64,
    /// Index of the first of the four children in `cells` (the others follow), 0 for a
    /// leaf (the root is nobody's child).
    children: u32,
    /// The cell's bodies: `order[bodies.0..bodies.1]`.
    bodies: (u32, u32),
}

/// Below this depth cells split; a leaf holds one body, or several at the same spot or at
/// the depth limit.
const MAX_DEPTH: usize = 24;

/// Cells waiting in a depth-first walk at most.
const STACK: usize = 4 * MAX_DEPTH + 4;

impl QuadTree {
    /// Rebuilds the tree over `pos` with the masses `mass`.
    pub fn build(&mut self, pos: &[[f64; 2]], mass: &[f64]) {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let size = (x1 - x0).max(y1 - y0).max(1e-9);
        self.cells.clear();
        self.order.clear();
        self.order.extend(0..pos.len() as u32);
        self.scratch.resize(pos.len(), 0);
        self.cells.push(Cell {
            mass: 0.0,
            centre: [0.0; 2],
            size,
            children: 0,
            bodies: (0, pos.len() as u32),
        });
        self.make(pos, mass, 0, [x0, y0], 0);
    }

    /// Fills cell `at` (its size and bodies set): splits it if needed, then its mass and
    /// centre of mass (from its children's, or its bodies').
    fn make(&mut self, pos: &[[f64; 2]], mass: &[f64], at: usize, corner: [f64; 2], depth: usize) {
        let Cell { size, bodies, .. } = self.cells[at];
        let (from, to) = (bodies.0 as usize, bodies.1 as usize);
        if to - from <= 1 || depth >= MAX_DEPTH {
            let (mut total, mut cx, mut cy) = (0.0, 0.0, 0.0);
            for &b in &self.order[from..to] {
                let b = b as usize;
                total += mass[b];
                cx += pos[b][0] * mass[b];
                cy += pos[b][1] * mass[b];
            }
            let cell = &mut self.cells[at];
            cell.mass = total;
            if total > 0.0 {
                cell.centre = [cx / total, cy / total];
            }
            return;
        }
        // A stable counting sort of the bodies into the four quadrants.
        let half = size / 2.0;
        let quadrant = |b: u32| {
            let p = pos[b as usize];
            usize::from(p[0] >= corner[0] + half) + 2 * usize::from(p[1] >= corner[1] + half)
        };
        let mut counts = [0usize; 4];
        for &b in &self.order[from..to] {
            counts[quadrant(b)] += 1;
        }
        let mut next = [from, 0, 0, 0];
        for q in 1..4 {
            next[q] = next[q - 1] + counts[q - 1];
        }
        let starts = next;
        for i in from..to {
            let b = self.order[i];
            let q = quadrant(b);
            self.scratch[next[q]] = b;
            next[q] += 1;
        }
        self.order[from..to].copy_from_slice(&self.scratch[from..to]);
        let first = self.cells.len();
        for q in 0..4 {
            self.cells.push(Cell {
                mass: 0.0,
                centre: [0.0; 2],
                size: half,
                children: 0,
                bodies: (starts[q] as u32, (starts[q] + counts[q]) as u32),
            });
        }
        self.cells[at].children = first as u32;
        let (mut total, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for q in 0..4 {
            let c = [
                corner[0] + if q % 2 == 1 { half } else { 0.0 },
                corner[1] + if q >= 2 { half } else { 0.0 },
            ];
            self.make(pos, mass, first + q, c, depth + 1);
            let child = self.cells[first + q];
            total += child.mass;
            cx += child.centre[0] * child.mass;
            cy += child.centre[1] * child.mass;
        }
        let cell = &mut self.cells[at];
        cell.mass = total;
        if total > 0.0 {
            cell.centre = [cx / total, cy / total];
        }
    }

    /// The repulsion on node `me` at `p` with mass `m`: `kr · m · m' / d` from every other
    /// body, far cells (size < theta · distance) acting as one body.
    pub fn force_on(
        &self,
        pos: &[[f64; 2]],
        mass: &[f64],
        me: usize,
        theta: f64,
        kr: f64,
    ) -> [f64; 2] {
        self.force_with(pos, mass, me, theta, kr, &mut [0; STACK])
    }

    /// The repulsion on nodes `first..first + out.len()` (see [`QuadTree::force_on`]), into
    /// `out`: one call per share of the nodes a thread computes.
    pub fn forces_on(
        &self,
        pos: &[[f64; 2]],
        mass: &[f64],
        first: usize,
        out: &mut [[f64; 2]],
        theta: f64,
        kr: f64,
    ) {
        let mut stack = [0; STACK];
        for (k, force) in out.iter_mut().enumerate() {
            *force = self.force_with(pos, mass, first + k, theta, kr, &mut stack);
        }
    }

    /// [`QuadTree::force_on`] with the cells waiting in `stack` (set by the caller once for
    /// many nodes).
    fn force_with(
        &self,
        pos: &[[f64; 2]],
        mass: &[f64],
        me: usize,
        theta: f64,
        kr: f64,
        stack: &mut [u32; STACK],
    ) -> [f64; 2] {
        let p = pos[me];
        let km = kr * mass[me];
        let theta2 = theta * theta;
        let (mut fx, mut fy) = (0.0, 0.0);
        let mut repulse = |centre: [f64; 2], other: f64| {
            let dx = p[0] - centre[0];
            let dy = p[1] - centre[1];
            let d2 = dx * dx + dy * dy;
            if d2 > 0.0 {
                let factor = km * other / d2;
                fx += dx * factor;
                fy += dy * factor;
            }
        };
        // Depth-first, at most three cells waiting per level; empty cells are never visited
        // (they repel nothing).
        let mut top = 0;
        if self.cells.first().is_some_and(|root| root.mass != 0.0) {
            stack[0] = 0;
            top = 1;
        }
        while top > 0 {
            top -= 1;
            let cell = &self.cells[stack[top] as usize];
            if cell.children == 0 {
                for &b in &self.order[cell.bodies.0 as usize..cell.bodies.1 as usize] {
                    let b = b as usize;
                    if b != me {
                        repulse(pos[b], mass[b]);
                    }
                }
                continue;
            }
            let dx = p[0] - cell.centre[0];
            let dy = p[1] - cell.centre[1];
            // distance · theta > size, squared (both sides positive).
            if (dx * dx + dy * dy) * theta2 > cell.size * cell.size {
                repulse(cell.centre, cell.mass);
            } else {
                for q in cell.children..cell.children + 4 {
                    if self.cells[q as usize].mass != 0.0 {
                        stack[top] = q;
                        top += 1;
                    }
                }
            }
        }
        [fx, fy]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::sociogram::forceatlas2::initial_positions;

    #[test]
    fn barnes_hut_approximates_exact_repulsion() {
        let mut pos = initial_positions(200, 1);
        // Two bodies at the same spot, one pair closer than the depth limit splits.
        pos[7] = pos[3];
        pos[9] = [pos[8][0] + 1e-12, pos[8][1]];
        let mass: Vec<f64> = (0..200).map(|i| 1.0 + (i % 5) as f64).collect();
        let mut tree = QuadTree::default();
        tree.build(&pos, &mass);
        let mut worst: f64 = 0.0;
        for i in 0..200 {
            let approx = tree.force_on(&pos, &mass, i, 0.5, 1.0);
            let mut exact = [0.0; 2];
            for j in 0..200 {
                let (dx, dy) = (pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
                let d2 = dx * dx + dy * dy;
                if i != j && d2 > 0.0 {
                    let f = mass[i] * mass[j] / d2;
                    exact[0] += dx * f;
                    exact[1] += dy * f;
                }
            }
            let err = ((approx[0] - exact[0]).powi(2) + (approx[1] - exact[1]).powi(2)).sqrt()
                / (exact[0].powi(2) + exact[1].powi(2)).sqrt();
            worst = worst.max(err);
        }
        assert!(worst < 0.1, "relative error {worst}");
        // The root holds every body's mass.
        assert!((tree.cells[0].mass - mass.iter().sum::<f64>()).abs() < 1e-9);
    }

    #[test]
    fn a_tree_rebuilt_in_its_buffers_is_the_same_tree() {
        let pos = initial_positions(300, 4);
        let mass = vec![2.0; 300];
        let mut reused = QuadTree::default();
        reused.build(&initial_positions(500, 9), &vec![1.0; 500]);
        reused.build(&pos, &mass);
        let mut fresh = QuadTree::default();
        fresh.build(&pos, &mass);
        for i in 0..300 {
            assert_eq!(
                reused.force_on(&pos, &mass, i, 1.2, 10.0),
                fresh.force_on(&pos, &mass, i, 1.2, 10.0)
            );
        }
    }
}
