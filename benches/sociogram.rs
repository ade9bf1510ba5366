//! Sociogram benchmark (issue 5): a seeded graph of 2,000 actors and 10,000 relations;
//! ForceAtlas2 iterations per second (Barnes-Hut), the metrics' time, and the time to draw
//! the sociogram screen. With `SOCIOGRAM_BENCH_DIR` set, it also writes the graph
//! (`edges.csv`) and every metric it computed (`metrics.json`) there, for
//! `scripts/networkx_compare.py` to time networkx on the same graph and compare the values.
//! Run with `bash scripts/bench_sociogram.sh` (or `cargo bench --bench sociogram`).

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::App;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::sociogram::forceatlas2::Rng;
use atelier::workbench::sociogram::metrics as graph_metrics;
use atelier::workbench::sociogram::model::{GraphActor, GraphRelation, RelationType, Sociogram};
use atelier::workbench::sociogram::{formats, layout};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::Instant;

const ACTORS: usize = 2000;
const RELATIONS: usize = 10_000;

/// Departments of the case, actors spread over them; most relations stay in a department.
fn big_graph(departments: &[String]) -> Sociogram {
    let mut rng = Rng::new(42);
    let mut pick = |n: usize| ((rng.next_f64() * n as f64) as usize).min(n - 1);
    let mut graph = Sociogram::default();
    for i in 0..ACTORS {
        graph.actors.push(GraphActor {
            id: format!("a{i}"),
            label: format!("Acteur {i}"),
            department: departments[i % departments.len()].clone(),
            level: (1 + i % 4) as u8,
            role: String::new(),
            pinned: None,
        });
    }
    while graph.relations.len() < RELATIONS {
        let s = pick(ACTORS);
        let t = if pick(10) < 7 {
            // Same department: same residue.
            let k = departments.len();
            (pick(ACTORS / k) * k + s % k).min(ACTORS - 1)
        } else {
            pick(ACTORS)
        };
        if s == t {
            continue;
        }
        graph.relations.push(GraphRelation {
            source: format!("a{s}"),
            target: format!("a{t}"),
            relation_type: RelationType::ALL[pick(5)],
            intensity: 1 + pick(3) as u8,
            mutual: pick(10) == 0,
            description: String::new(),
        });
    }
    graph
}

/// CPU time of this process so far (user + system, all threads), from /proc on Linux: on a
/// shared machine it says what the work cost, whatever else ran meanwhile.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Runs `work` `reps` times and prints the best wall-clock time and the mean CPU time (all
/// threads of the process) per run: on a loaded machine the best and the CPU time are what
/// the work costs; the mean wall time says how loaded the machine was.
fn timed(label: &str, unit: &str, reps: u32, mut work: impl FnMut()) {
    let mut best = f64::MAX;
    let cpu_start = cpu_seconds();
    let start_all = Instant::now();
    for _ in 0..reps {
        let start = Instant::now();
        work();
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mean = start_all.elapsed().as_secs_f64() / f64::from(reps);
    let cpu = cpu_seconds()
        .zip(cpu_start)
        .map_or("n/a".to_string(), |(end, start)| {
            format!("{:.2}", (end - start) * 1e3 / f64::from(reps))
        });
    println!(
        "{label:<45} {:>8.2} ms/{unit} best (mean {mean_ms:.2}, CPU {cpu})",
        best * 1e3,
        mean_ms = mean * 1e3,
    );
}

fn main() {
    let loaded = case::load_default();
    let case = loaded.case.clone();
    let departments: Vec<String> = case
        .organisation
        .departments
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let graph = big_graph(&departments);
    let arcs = graph.arcs();
    println!(
        "graph: {} actors, {} relations, {} arcs",
        graph.actors.len(),
        graph.relations.len(),
        arcs.len()
    );

    // Layout: ForceAtlas2 with Barnes-Hut, as the interface runs it.
    let input = layout::input(&graph, None);
    let mut fa2 = atelier::workbench::sociogram::forceatlas2::Layout::new(
        input.start.clone(),
        input.pinned.clone(),
        input.edges.clone(),
        input.settings,
    );
    let iterations = 100;
    let start = Instant::now();
    for _ in 0..iterations {
        fa2.step();
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "{:<45} {:>8.1} iterations/s ({:.2} ms each)",
        "ForceAtlas2 (Barnes-Hut), 2,000 nodes",
        iterations as f64 / elapsed,
        elapsed * 1e3 / iterations as f64
    );
    // The layout exports draw: run until settled (at most `iterations_for`), best of 3.
    let mut best = f64::MAX;
    let mut settled = layout::run(input.clone());
    for _ in 0..3 {
        let start = Instant::now();
        settled = layout::run(input.clone());
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{:<45} {:>8.1} ms ({} iterations, at most {})",
        "ForceAtlas2 settled layout, 2,000 nodes",
        best * 1e3,
        settled.iterations,
        layout::iterations_for(ACTORS)
    );
    let positions = settled.positions.clone();
    // The same graph as `atelier import` makes it from its edge list (actors in the order
    // the edges name them), as the whole command lays it out.
    let imported = atelier::workbench::sociogram::import_csv::import_csv(
        "edges.csv",
        &formats::edges_csv(&graph),
        None,
        &[],
    )
    .expect("import");
    let start = Instant::now();
    let imported_layout = layout::run(layout::input(&imported, None));
    println!(
        "{:<45} {:>8.1} ms ({} iterations)",
        "  the same, imported from its edge list",
        start.elapsed().as_secs_f64() * 1e3,
        imported_layout.iterations
    );

    // Metrics: best of 5 (wall clock), and the mean CPU time.
    let mut best = f64::MAX;
    let rank = graph.rank();
    let mut metrics = graph_metrics::compute_ranked(graph.actors.len(), &arcs, &rank);
    let cpu_start = cpu_seconds();
    for _ in 0..5 {
        let start = Instant::now();
        metrics = std::hint::black_box(graph_metrics::compute_ranked(
            graph.actors.len(),
            &arcs,
            &rank,
        ));
        best = best.min(start.elapsed().as_secs_f64());
    }
    let cpu = cpu_seconds()
        .zip(cpu_start)
        .map(|(end, start)| (end - start) / 5.0);
    println!(
        "{:<45} {:>8.1} ms (best of 5; CPU {})",
        "all metrics (degrees, betweenness, closeness,",
        best * 1e3,
        cpu.map_or("n/a".to_string(), |c| format!("{:.0} ms", c * 1e3))
    );
    println!("  reciprocity, brokers, communities)");
    let adjacency: Vec<Vec<usize>> = {
        let mut succ = vec![Vec::new(); ACTORS];
        for &(s, t) in &arcs {
            succ[s].push(t);
        }
        succ
    };
    let start = Instant::now();
    std::hint::black_box(graph_metrics::betweenness(ACTORS, &adjacency));
    println!(
        "{:<45} {:>8.1} ms",
        "  of which betweenness",
        start.elapsed().as_secs_f64() * 1e3
    );
    let start = Instant::now();
    let neighbours = graph_metrics::undirected_neighbours(ACTORS, &arcs);
    std::hint::black_box(graph_metrics::greedy_modularity(ACTORS, &neighbours));
    println!(
        "{:<45} {:>8.1} ms",
        "  of which communities (CNM)",
        start.elapsed().as_secs_f64() * 1e3
    );

    // Frame time of the sociogram screen with that graph.
    let tmp = tempfile::tempdir().expect("temp dir");
    let ws = atelier::workspace::store::init(&tmp.path().join("ws"), loaded, "Bench", false)
        .expect("init");
    let mut workspace = ws.workspace.clone();
    workspace.answer_mut("A6").graph = Some(graph.clone());
    let mut app = App::new(
        case.clone(),
        workspace,
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    app.open_exercise("A6");
    // Big graphs get their metrics from a background thread: here, at once.
    app.settle_metrics();
    app.apply_layout(layout::Snapshot {
        positions: positions.clone(),
        iterations: settled.iterations,
        done: true,
    });
    let mut terminal = Terminal::new(TestBackend::new(160, 50)).expect("terminal");
    timed(
        "sociogram screen, 2,000 actors, 160×50",
        "frame",
        30,
        || {
            terminal.draw(|f| view::render(&app, f)).expect("draw");
        },
    );
    // A change of the answer recomputes findings and the view; pinning leaves the arcs as
    // they are, so no metric is recomputed.
    timed("pin an actor (checks + view refresh)", "change", 10, || {
        app.update(atelier::tui::keymap::Action::TogglePin);
    });
    // A structural change (a relation made mutual and back: one arc more, then fewer):
    // the metrics must be recomputed: in the background when the graph is big, so this
    // times what the interface's thread still does (checks, one-pass metrics, view).
    timed("structural edit (mutual on/off)", "change", 6, || {
        app.update(atelier::tui::keymap::Action::ToggleMutual);
    });
    if let Some(dir) = std::env::var_os("SOCIOGRAM_BENCH_DIR") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::write(dir.join("edges.csv"), formats::edges_csv(&graph)).expect("write edges");
        let case_graph = Sociogram::from_case(&case.organisation);
        std::fs::write(dir.join("case-edges.csv"), formats::edges_csv(&case_graph))
            .expect("write case edges");
        let ids = |g: &Sociogram| g.actors.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        let dump = |g: &Sociogram, m: &graph_metrics::Metrics| {
            serde_json::json!({
                "ids": ids(g),
                "in_degree": m.in_degree,
                "out_degree": m.out_degree,
                "betweenness": m.betweenness,
                "closeness": m.closeness,
                "reciprocity": m.graph_reciprocity,
                "broker": m.broker,
                "community": m.community,
                "modularity": m.modularity,
            })
        };
        let case_metrics = graph_metrics::compute_ranked(
            case_graph.actors.len(),
            &case_graph.arcs(),
            &case_graph.rank(),
        );
        let doc = serde_json::json!({
            "big": dump(&graph, &metrics),
            "case": dump(&case_graph, &case_metrics),
            "rust_metrics_seconds": best,
            "rust_metrics_cpu_seconds": cpu,
        });
        std::fs::write(
            dir.join("metrics.json"),
            serde_json::to_string(&doc).expect("json"),
        )
        .expect("write metrics");
    }
}
